using NodaTime;

namespace Lscp.Model;

/// <summary>
/// An organisation that ceased to exist (the Community Rehabilitation Companies on 26 June 2021): published arrangements
/// that still name it after that day are out of date, and the compliance report says so.
/// </summary>
/// <param name="On">The first day it no longer existed.</param>
/// <param name="Source">Where that is recorded.</param>
public sealed record AgencyCeased(LocalDate On, string Source);
