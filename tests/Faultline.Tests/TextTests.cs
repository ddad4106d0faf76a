using Faultline.Text;

namespace Faultline.Tests;

public class TextTests
{
    [Fact]
    public void Sentences_do_not_break_after_abbreviations_or_initials()
    {
        var text = "Gen. Smith met Mr. Jones in the U.S. capital. They spoke.\n\nA new paragraph.";
        var s = SentenceSplitter.Split(text);
        Assert.Equal(3, s.Count);
        Assert.Equal(0, s[1].Paragraph);
        Assert.Equal(1, s[2].Paragraph);
    }

    [Theory]
    // Scraped pages that lost their paragraph breaks: a sentence ends where a lower-case word or a number meets a stop
    // and a capitalised word with no space between.
    [InlineData("The toll rose to 12.The ministry said so.", new[] { "The toll rose to 12.", "The ministry said so." })]
    [InlineData("Two were hurt in the blast.Police closed the road.", new[] { "Two were hurt in the blast.", "Police closed the road." })]
    // Abbreviations, initials, decimals and web addresses stay whole.
    [InlineData("Troops left the U.S.Army base in St.Louis.", new[] { "Troops left the U.S.Army base in St.Louis." })]
    [InlineData("Prices rose 3.5 percent, reuters.com said.", new[] { "Prices rose 3.5 percent, reuters.com said." })]
    public void Sentences_break_where_a_page_lost_its_spaces(string text, string[] expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Select(s => s.Span.Of(text)));

    [Theory]
    [InlineData("Asayib Ahlilhak", "Asa'ib Ahl al-Haq")]
    [InlineData("Asayib Ehlilhak", "Asa'ib Ahl al-Haq")]
    [InlineData("Seraya Selam", "Saraya al-Salam")]
    [InlineData("Seraya el Selam", "Saraya al-Salam")]
    public void Transliterations_share_a_skeleton(string a, string b) => Assert.Equal(NameKey.Skeleton(b), NameKey.Skeleton(a));

    [Theory]
    [InlineData("Kazeroun", "Kazerun")]
    [InlineData("Yasouj", "Yasuj")]
    [InlineData("Miyanrud", "Mian Rud")]
    [InlineData("Meshkinshahr", "Meshgin Shahr")]
    [InlineData("Haweejah", "Hawija")]
    public void Romanisations_of_one_town_share_a_vowel_shape(string a, string b) => Assert.Equal(NameKey.VowelShape(b), NameKey.VowelShape(a));

    [Theory]
    [InlineData("Farmers", "Frameries")]
    [InlineData("Workers", "Wrexham")]
    [InlineData("Kafr", "Kafar")]
    public void Words_with_the_same_consonants_in_other_places_differ_in_vowel_shape(string a, string b) =>
        Assert.NotEqual(NameKey.VowelShape(b), NameKey.VowelShape(a));

    [Theory]
    [InlineData("Hezbollah", "Kata'ib Hezbollah")]
    [InlineData("Ansar Allah", "Ansar al-Sharia")]
    public void Distinct_names_keep_distinct_keys(string a, string b)
    {
        Assert.NotEqual(NameKey.Skeleton(a), NameKey.Skeleton(b));
        Assert.NotEqual(NameKey.Fold(a), NameKey.Fold(b));
    }

    [Fact]
    public void Fold_drops_articles_apostrophes_and_diacritics() =>
        Assert.Equal("basrah", NameKey.Fold("al-Baṣrah"));

    /// <summary>What an index says about a word is remembered on the word; entries added later must still be found.</summary>
    [Fact]
    public void A_name_added_after_a_search_is_found_by_the_next_one()
    {
        var index = new PhraseIndex<string>();
        index.Add("Qaryatain", "town");
        const string text = "Shelling hit Qaryatain and the Wadi Zamzam valley.";
        Assert.Equal(["Qaryatain"], index.FindAll(text, Tokenizer.Tokenize(text)).Select(m => m.Span.Of(text)));
        index.Add("Wadi Zamzam", "valley");
        Assert.Equal(["Qaryatain", "the Wadi Zamzam"], index.FindAll(text, Tokenizer.Tokenize(text)).Select(m => m.Span.Of(text)));
    }

    [Fact]
    public void Indexes_sharing_a_word_slot_never_take_each_others_hints()
    {
        // Word hints are kept in a few slots per word; indexes built four apart share one. Each must read only what it
        // packed itself, however the two are called in turn.
        var towns = new PhraseIndex<string>();
        towns.Add("Port Harbour", "town");
        for (int k = 0; k < Word.Slots - 1; k++) new PhraseIndex<string>().Add("Elsewhere", "x");
        var rivers = new PhraseIndex<string>();
        rivers.Add("Harbour River", "river");
        const string text = "Boats left Port Harbour along the Harbour River.";
        for (int round = 0; round < 2; round++)
        {
            Assert.Equal(["Port Harbour"], towns.FindAll(text, Tokenizer.Tokenize(text)).Select(m => m.Span.Of(text)));
            Assert.Equal(["the Harbour River"], rivers.FindAll(text, Tokenizer.Tokenize(text)).Select(m => m.Span.Of(text)));
        }
    }

    [Fact]
    public void Tokens_of_one_word_form_share_their_word()
    {
        var tokens = Tokenizer.Tokenize("Basra, then Basra again; al-Basrah");
        Assert.Same(tokens[0].Word, tokens[2].Word);
        Assert.Equal("basra", tokens[0].Key);
        Assert.True(tokens[4].IsArticle); // "al"
        Assert.Equal("basrah", tokens[5].Key);
    }
}
