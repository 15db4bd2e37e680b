using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WorkerHome.Infrastructure.Privacy;

namespace WorkerHome.Features.Account;

/// <summary>Finds an account by what a person types to sign in: an account name or a mobile number.</summary>
public sealed class UserLookup(UserManager<AppUser> users, PersonalDataProtector protector)
{
    public async Task<AppUser?> FindByLoginAsync(string login, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(login);
        if (PhoneNumbers.TryNormalize(login, out var phone))
        {
            var lookup = protector.Lookup(phone);
            var byPhone = await users.Users.FirstOrDefaultAsync(u => u.PhoneLookup == lookup, ct);
            if (byPhone is not null)
            {
                return byPhone;
            }
        }
        return await users.FindByNameAsync(login.Trim());
    }

    /// <summary>Sets the encrypted phone, its lookup hash and its masked form together.</summary>
    public void SetPhone(AppUser user, string normalizedPhone)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.PhoneCipher = protector.Encrypt(normalizedPhone);
        user.PhoneLookup = protector.Lookup(normalizedPhone);
        user.PhoneMasked = Masking.Phone(normalizedPhone);
    }

    public string PhoneLookupOf(string normalizedPhone) => protector.Lookup(normalizedPhone);
}
