using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Faultline;

/// <summary>
/// A compact binary copy of a loaded data set (the gazetteer, the actor knowledge base), written on first use and
/// read on every later start instead of parsing the source files again. The cache file is named by a hash of the
/// source files' contents and of the Faultline assembly itself, so editing data/ or the loading code (folding,
/// skeletons, ranking flags) makes a new cache; nothing generated is kept in the repository. It goes beside the
/// binaries (bin/.../cache, .out/cli/cache), else in the temporary folder; when neither can be written the data is
/// simply parsed each time. FAULTLINE_CACHE=off turns it off; FAULTLINE_CACHE_DIR chooses the folder.
/// </summary>
public static class DataCache
{
    private const string Magic = "FLCACHE3";

    public static bool Enabled => !string.Equals(Environment.GetEnvironmentVariable("FAULTLINE_CACHE"), "off", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the cached copy of a data set made from <paramref name="sources"/>, or builds it and writes the copy.</summary>
    /// <param name="covers">
    /// Whether <paramref name="write"/> and <paramref name="read"/> still cover every field of the types they store
    /// (see <see cref="ShapeOf"/>): when a field was added and the cache code not updated, the data is parsed
    /// instead of losing the field, and a test fails.
    /// </param>
    public static T LoadOrBuild<T>(string name, IEnumerable<string> sources, Func<T> build, Action<T, CacheWriter> write, Func<CacheReader, T> read,
        bool covers = true, string? folder = null)
    {
        if (!Enabled || !covers) return build();
        string key;
        try { key = KeyOf(sources); }
        catch (IOException) { return build(); }
        catch (UnauthorizedAccessException) { return build(); }
        string file = $"{name}-{key}.bin";
        foreach (var dir in Folders(folder))
        {
            var path = Path.Combine(dir, file);
            if (!File.Exists(path)) continue;
            try
            {
                return read(CacheReader.Open(File.ReadAllBytes(path)));
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or IndexOutOfRangeException or ArgumentException)
            {
                // A damaged or half-written copy: build again below and replace it.
            }
        }
        var value = build();
        var writer = new CacheWriter();
        write(value, writer);
        var bytes = writer.ToArray();
        foreach (var dir in Folders(folder))
        {
            try
            {
                Directory.CreateDirectory(dir);
                var path = Path.Combine(dir, file);
                var temp = path + "." + Environment.ProcessId + ".tmp";
                File.WriteAllBytes(temp, bytes);
                File.Move(temp, path, overwrite: true); // atomic: a reader sees the old file or the whole new one
                foreach (var old in Directory.GetFiles(dir, name + "-*.bin"))
                    if (!string.Equals(Path.GetFileName(old), file, StringComparison.Ordinal))
                        try { File.Delete(old); } catch (IOException) { } catch (UnauthorizedAccessException) { }
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not writable here: try the next folder.
            }
        }
        return value;
    }

    /// <summary>
    /// The settable (positional or init) properties of each type, in declaration order: what a cache writer must
    /// store. Computed properties are left out.
    /// </summary>
    public static string ShapeOf(params Type[] types) =>
        string.Join("; ", types.Select(t => t.Name + "(" + string.Join(", ", t.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.SetMethod is not null).OrderBy(p => p.MetadataToken).Select(p => p.Name)) + ")"));

    /// <summary>Every file directly in a data folder, in name order: any file added or changed there makes a new cache.</summary>
    public static IEnumerable<string> FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Order(StringComparer.Ordinal) : [];

    private static IEnumerable<string> Folders(string? folder)
    {
        var env = folder ?? Environment.GetEnvironmentVariable("FAULTLINE_CACHE_DIR");
        if (!string.IsNullOrEmpty(env)) { yield return env; yield break; }
        yield return Path.Combine(AppContext.BaseDirectory, "cache");
        yield return Path.Combine(Path.GetTempPath(), "faultline-cache");
    }

    /// <summary>SHA-256 over the cache format, the Faultline assembly's identity and each source file's name and bytes.</summary>
    private static string KeyOf(IEnumerable<string> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(Magic));
        hash.AppendData(typeof(DataCache).Assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var source in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(source) + "\0"));
            if (File.Exists(source)) hash.AppendData(File.ReadAllBytes(source));
            else hash.AppendData("missing\0"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 12).ToLowerInvariant();
    }
}

/// <summary>
/// Numbers shared objects in the order first met, so a cache writes each once (a table) and refers to it by number
/// (the indexes), and objects shared in memory stay shared when read back.
/// </summary>
public sealed class ReferenceIds<T> where T : class
{
    private readonly Dictionary<T, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<T> _items = [];

    /// <summary>The objects numbered so far, in number order.</summary>
    public IReadOnlyList<T> Items => _items;

    public int Of(T item)
    {
        if (!_ids.TryGetValue(item, out int id)) { _ids[item] = id = _items.Count; _items.Add(item); }
        return id;
    }
}

/// <summary>Writes a cache: a body of 7-bit integers and doubles, strings as indices into one table of distinct strings.</summary>
public sealed class CacheWriter
{
    private readonly MemoryStream _body = new();
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _table = [];

    public void Int(int value)
    {
        uint v = (uint)value;
        while (v >= 0x80) { _body.WriteByte((byte)(v | 0x80)); v >>= 7; }
        _body.WriteByte((byte)v);
    }

    public void Long(long value)
    {
        ulong v = (ulong)value;
        while (v >= 0x80) { _body.WriteByte((byte)(v | 0x80)); v >>= 7; }
        _body.WriteByte((byte)v);
    }

    public void Double(double value)
    {
        Span<byte> b = stackalloc byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        _body.Write(b);
    }

    public void Bool(bool value) => _body.WriteByte(value ? (byte)1 : (byte)0);

    /// <summary>A string or null (0 = null, else table index + 1).</summary>
    public void String(string? value)
    {
        if (value is null) { Int(0); return; }
        if (!_strings.TryGetValue(value, out int index))
        {
            index = _table.Count;
            _strings[value] = index;
            _table.Add(value);
        }
        Int(index + 1);
    }

    public byte[] ToArray()
    {
        var head = new CacheWriter();
        head.Int(_table.Count);
        foreach (var s in _table)
        {
            var bytes = Encoding.UTF8.GetBytes(s);
            head.Int(bytes.Length);
            head._body.Write(bytes);
        }
        var output = new MemoryStream();
        output.Write(Encoding.ASCII.GetBytes("FLCACHE3"));
        var headBytes = head._body.ToArray();
        Span<byte> len = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(len, headBytes.Length);
        output.Write(len);
        output.Write(headBytes);
        BinaryPrimitives.WriteInt64LittleEndian(len, _body.Length);
        output.Write(len);
        _body.Position = 0;
        _body.CopyTo(output);
        return output.ToArray();
    }
}

/// <summary>Reads what <see cref="CacheWriter"/> wrote, in the same order.</summary>
public sealed class CacheReader
{
    private readonly byte[] _data;
    private int _pos;
    private readonly string[] _table;
    private readonly int _end;

    private CacheReader(byte[] data, int pos, int end, string[] table)
    {
        _data = data;
        _pos = pos;
        _end = end;
        _table = table;
    }

    public static CacheReader Open(byte[] data)
    {
        if (data.Length < 24 || Encoding.ASCII.GetString(data, 0, 8) != "FLCACHE3") throw new InvalidDataException("not a Faultline cache");
        long headLength = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(8));
        int headStart = 16;
        long bodyLength = BinaryPrimitives.ReadInt64LittleEndian(data.AsSpan(checked((int)(headStart + headLength))));
        int bodyStart = checked((int)(headStart + headLength + 8));
        if (bodyStart + bodyLength != data.Length) throw new InvalidDataException("truncated Faultline cache");
        var head = new CacheReader(data, headStart, checked((int)(headStart + headLength)), []);
        int count = head.Int();
        var table = new string[count];
        for (int i = 0; i < count; i++)
        {
            int n = head.Int();
            table[i] = Encoding.UTF8.GetString(data, head._pos, n);
            head._pos += n;
        }
        return new CacheReader(data, bodyStart, data.Length, table);
    }

    public int Int()
    {
        uint v = 0;
        int shift = 0;
        while (true)
        {
            if (_pos >= _end) throw new InvalidDataException("truncated Faultline cache");
            byte b = _data[_pos++];
            v |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)v;
            shift += 7;
        }
    }

    public long Long()
    {
        ulong v = 0;
        int shift = 0;
        while (true)
        {
            if (_pos >= _end) throw new InvalidDataException("truncated Faultline cache");
            byte b = _data[_pos++];
            v |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return (long)v;
            shift += 7;
        }
    }

    public double Double()
    {
        var d = BinaryPrimitives.ReadDoubleLittleEndian(_data.AsSpan(_pos, 8));
        _pos += 8;
        return d;
    }

    public bool Bool() => _data[_pos++] != 0;

    public string? NullableString()
    {
        int i = Int();
        return i == 0 ? null : _table[i - 1];
    }

    public string String() => NullableString() ?? throw new InvalidDataException("unexpected null string in Faultline cache");

    /// <summary>Throws unless the whole body was read (the writer and reader disagree otherwise).</summary>
    public void End()
    {
        if (_pos != _end) throw new InvalidDataException("Faultline cache has trailing data");
    }
}
