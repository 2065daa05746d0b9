using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using OneStop.ServiceDefaults;

namespace OneStop.Security.PersonalData;

/// <summary>
/// Encrypts identity numbers and phone numbers at rest (AES-256-GCM, a fresh nonce per value) and computes blind
/// indexes (HMAC-SHA256) so that a service can find an applicant's records without storing the number in clear.
/// The key comes from <c>PersonalData:Key</c> (a Kubernetes Secret in distributed mode), or is generated in the data
/// folder of the all-in-one host. Every service of one deployment must share the key: the blind index of an applicant
/// is compared across services.
/// </summary>
public sealed class PersonalDataProtector
{
    private const string Format = "pd1";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int KeyIdSize = 8;
    private readonly byte[] indexKey;
    // One cipher per thread (AesGcm is not thread-safe): creating one per value imported the key each time, a few
    // per cent of a service's CPU where every outbox row is sealed and opened.
    private readonly ThreadLocal<AesGcm> cipher;

    private PersonalDataProtector(byte[] key)
    {
        if (key.Length != 32)
            throw new InvalidOperationException("PersonalData:Key must be 32 bytes, base64-encoded (openssl rand -base64 32).");
        cipher = new ThreadLocal<AesGcm>(() => new AesGcm(key, TagSize));
        indexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 32, info: "onestop blind index"u8.ToArray());
        KeyId = Convert.ToHexStringLower(SHA256.HashData(key))[..8];
    }

    /// <summary>Names the key a value was encrypted with, so that a rotated key is recognised rather than misread.</summary>
    public string KeyId { get; }

    public static PersonalDataProtector Create(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration["PersonalData:Key"];
        var encoded = string.IsNullOrWhiteSpace(configured)
            ? DataDirectory.ReadOrCreateSecret(Path.Combine(dataDirectory, "keys", "personal-data.key"),
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))
            : configured;
        try
        {
            return new PersonalDataProtector(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("PersonalData:Key is not valid base64 (openssl rand -base64 32).");
        }
    }

    /// <summary><c>pd1.{key id}.{base64(nonce | ciphertext | tag)}</c></summary>
    public string Protect(string value)
    {
        var plaintext = Encoding.UTF8.GetBytes(value);
        var sealedValue = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        cipher.Value!.Encrypt(nonce, plaintext, sealedValue.AsSpan(NonceSize, plaintext.Length), sealedValue.AsSpan(NonceSize + plaintext.Length));
        return $"{Format}.{KeyId}.{Convert.ToBase64String(sealedValue)}";
    }

    public string Unprotect(string stored)
    {
        var parts = stored.Split('.');
        if (parts.Length != 3 || parts[0] != Format)
            throw new CryptographicException("The value is not encrypted personal data.");
        if (parts[1] != KeyId)
            throw new CryptographicException($"The value was encrypted with key {parts[1]}, but the configured key is {KeyId}.");
        var sealedValue = Convert.FromBase64String(parts[2]);
        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        cipher.Value!.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, plaintext.Length),
            sealedValue.AsSpan(NonceSize + plaintext.Length), plaintext);
        return Encoding.UTF8.GetString(plaintext);
    }

    /// <summary>Documents (scans, certificate records) sealed the same way: key id (8 ASCII bytes) | nonce | ciphertext | tag.</summary>
    public byte[] Seal(ReadOnlySpan<byte> plaintext)
    {
        var sealedValue = new byte[KeyIdSize + NonceSize + plaintext.Length + TagSize];
        Encoding.ASCII.GetBytes(KeyId, sealedValue.AsSpan(0, KeyIdSize));
        var nonce = sealedValue.AsSpan(KeyIdSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        cipher.Value!.Encrypt(nonce, plaintext, sealedValue.AsSpan(KeyIdSize + NonceSize, plaintext.Length), sealedValue.AsSpan(KeyIdSize + NonceSize + plaintext.Length));
        return sealedValue;
    }

    public byte[] Unseal(ReadOnlySpan<byte> sealedValue)
    {
        var keyId = Encoding.ASCII.GetString(sealedValue[..KeyIdSize]);
        if (keyId != KeyId)
            throw new CryptographicException($"The document was sealed with key {keyId}, but the configured key is {KeyId}.");
        var plaintext = new byte[sealedValue.Length - KeyIdSize - NonceSize - TagSize];
        cipher.Value!.Decrypt(sealedValue.Slice(KeyIdSize, NonceSize), sealedValue.Slice(KeyIdSize + NonceSize, plaintext.Length),
            sealedValue[^TagSize..], plaintext);
        return plaintext;
    }

    /// <summary>Equal for equal values under one key, and useless without the key (unlike a plain hash of an 18-digit number).</summary>
    public string BlindIndex(string value) => Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(value)));
}
