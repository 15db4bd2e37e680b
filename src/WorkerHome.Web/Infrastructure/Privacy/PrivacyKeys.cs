using System.Security.Cryptography;
using System.Text.Json;
using WorkerHome.Infrastructure.Persistence;

namespace WorkerHome.Infrastructure.Privacy;

/// <summary>
/// The two keys behind personal data at rest: one encrypts (AES-256-GCM), one makes exact-match lookup
/// hashes (HMAC-SHA256). Production reads them from configuration (<c>Privacy:EncryptionKey</c>,
/// <c>Privacy:LookupKey</c>, base64 of 32 bytes), so every node shares them. Development generates them once
/// into the data folder, which is never committed.
/// </summary>
public sealed class PrivacyKeys
{
    public PrivacyKeys(byte[] encryptionKey, byte[] lookupKey)
    {
        ArgumentNullException.ThrowIfNull(encryptionKey);
        ArgumentNullException.ThrowIfNull(lookupKey);
        if (encryptionKey.Length != 32 || lookupKey.Length != 32)
        {
            throw new ArgumentException("Privacy keys must be 32 bytes each.");
        }
        EncryptionKey = encryptionKey;
        LookupKey = lookupKey;
    }

    public byte[] EncryptionKey { get; }

    public byte[] LookupKey { get; }

    public static PrivacyKeys Load(IConfiguration configuration, IHostEnvironment environment, DatabaseOptions database)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(database);
        var encryption = configuration["Privacy:EncryptionKey"];
        var lookup = configuration["Privacy:LookupKey"];
        if (!string.IsNullOrEmpty(encryption) && !string.IsNullOrEmpty(lookup))
        {
            return new PrivacyKeys(Convert.FromBase64String(encryption), Convert.FromBase64String(lookup));
        }
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Privacy:EncryptionKey and Privacy:LookupKey must be configured in production.");
        }

        var file = Path.Combine(database.DataDirectory, "privacy-keys.json");
        if (File.Exists(file))
        {
            var stored = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))!;
            return new PrivacyKeys(Convert.FromBase64String(stored["encryptionKey"]), Convert.FromBase64String(stored["lookupKey"]));
        }
        var keys = new PrivacyKeys(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(file, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["encryptionKey"] = Convert.ToBase64String(keys.EncryptionKey),
            ["lookupKey"] = Convert.ToBase64String(keys.LookupKey),
        }));
        return keys;
    }
}
