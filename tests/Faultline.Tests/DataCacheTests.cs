using Faultline.Actors;
using Faultline.Places;

namespace Faultline.Tests;

/// <summary>The binary caches of the gazetteer and the knowledge base hold exactly what parsing the sources gives.</summary>
public class DataCacheTests
{
    private static byte[] Bytes(Action<CacheWriter> write)
    {
        var w = new CacheWriter();
        write(w);
        return w.ToArray();
    }

    /// <summary>
    /// A field added to a cached record (Place, Actor ...) must be written and read by the cache too: until it is,
    /// the cache is not used (the data is parsed each time) and this test fails.
    /// </summary>
    [Fact]
    public void The_caches_store_every_field_of_their_records()
    {
        Assert.True(Gazetteer.CacheCoversTypes, "update Gazetteer.WriteTo/ReadFrom and CachedShape: " + DataCache.ShapeOf(typeof(Place), typeof(Country)));
        Assert.True(ActorKnowledgeBase.CacheCoversTypes, "update ActorKnowledgeBase.WriteTo/ReadFrom and CachedShape: " +
            DataCache.ShapeOf(typeof(Actor), typeof(ActorRelation), typeof(GenericRole), typeof(StateForces), typeof(ForcesPeriod)));
    }

    [Fact]
    public void The_gazetteer_read_from_its_cache_is_the_parsed_one()
    {
        var parsed = Gazetteer.Parse(DataFiles.PathOf("gazetteer"));
        var bytes = Bytes(parsed.WriteTo);
        var cached = Gazetteer.ReadFrom(CacheReader.Open(bytes));
        Assert.Equal(bytes, Bytes(cached.WriteTo));
        Assert.Equal(parsed.Countries.Select(c => c.Code), cached.Countries.Select(c => c.Code));
        Assert.Equal(parsed.Names.Lookup("Basra"), cached.Names.Lookup("Basra"));
        foreach (var name in new[] { "Baghdad", "Iraq", "Green Zone", "Basrah", "Aleppo", "Springfield" })
            Assert.Equal(parsed.Names.Lookup(name), cached.Names.Lookup(name)); // record equality: every field
        Assert.Equal(parsed.Names.Count, cached.Names.Count);
    }

    [Fact]
    public void The_knowledge_base_read_from_its_cache_is_the_parsed_one()
    {
        var folder = DataFiles.PathOf("actors");
        var parsed = ActorKnowledgeBase.Parse(Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal));
        var bytes = Bytes(parsed.WriteTo);
        var cached = ActorKnowledgeBase.ReadFrom(CacheReader.Open(bytes));
        Assert.Equal(bytes, Bytes(cached.WriteTo));
        Assert.Equal(parsed.Actors.Select(a => a.Id), cached.Actors.Select(a => a.Id));
        Assert.Equal(parsed.Resolve("Asaib Ahl al-Haq")?.Id, cached.Resolve("Asaib Ahl al-Haq")?.Id);
    }

    [Fact]
    public void A_damaged_cache_file_is_rebuilt()
    {
        var dir = CliRunner.TempDir();
        {
            var source = Path.Combine(dir, "source.txt");
            File.WriteAllText(source, "one");
            int builds = 0;
            string Build() { builds++; return File.ReadAllText(source); }
            string Load() => DataCache.LoadOrBuild("test", [source], Build, (s, w) => w.String(s), r => r.String(), folder: dir);
            Assert.Equal("one", Load());
            Assert.Equal("one", Load());
            Assert.Equal(1, builds);
            foreach (var f in Directory.GetFiles(dir, "test-*.bin")) File.WriteAllBytes(f, [1, 2, 3]);
            Assert.Equal("one", Load());
            Assert.Equal(2, builds);
            File.WriteAllText(source, "two"); // a changed source makes a new cache
            Assert.Equal("two", Load());
            Assert.Equal(3, builds);
            Assert.Single(Directory.GetFiles(dir, "test-*.bin"));
        }
    }
}
