using System.Security.Cryptography;
using System.Text;
using Faultline.Documents;

namespace Faultline.Storage;

/// <summary>
/// The documents a store held when ingest began (ids and texts), read once, so extraction threads can skip stored
/// documents without touching the store's connection (which the writer uses). Read-only after loading, so safe to
/// share between threads. It only saves work: the writer checks again inside each batch's transaction.
/// </summary>
public sealed class KnownDocuments
{
    // 128-bit fingerprints (the first half of SHA-256) rather than strings: a store of a million documents costs
    // tens of megabytes, not hundreds; two different texts or ids sharing one is not a practical concern.
    private readonly HashSet<UInt128> _ids = [];
    private readonly HashSet<UInt128> _texts = [];

    public int Count => _ids.Count;

    internal void Add(string id, string contentHash)
    {
        _ids.Add(Fingerprint(id));
        _texts.Add(UInt128.Parse(contentHash.AsSpan(0, 32), System.Globalization.NumberStyles.HexNumber, null));
    }

    /// <summary>True when a document with this id or this text was stored.</summary>
    public bool Contains(Document d) =>
        _ids.Contains(Fingerprint(d.Id)) || _texts.Contains(TextFingerprint(d.Text));

    private static UInt128 Fingerprint(string s) => First128(SHA256.HashData(Encoding.UTF8.GetBytes(s)));

    /// <summary>The first 128 bits of the content hash the store keeps (<see cref="SqliteEventStore.ContentHash"/>).</summary>
    private static UInt128 TextFingerprint(string text) => First128(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static UInt128 First128(byte[] sha) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(sha);
}
