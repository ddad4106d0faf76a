namespace Faultline.Events;

/// <summary>The ACLED taxonomy (6 event types, 25 sub-event types) and its PLOVER mapping, per docs/CODEBOOK.md.</summary>
public static class EventTaxonomy
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";

    public const string ArmedClash = "Armed clash";
    public const string GovernmentRegainsTerritory = "Government regains territory";
    public const string NonStateOvertakesTerritory = "Non-state actor overtakes territory";
    public const string ChemicalWeapon = "Chemical weapon";
    public const string AirStrike = "Air/drone strike";
    public const string SuicideBomb = "Suicide bomb";
    public const string Shelling = "Shelling/artillery/missile attack";
    public const string RemoteExplosive = "Remote explosive/landmine/IED";
    public const string Grenade = "Grenade";
    public const string SexualViolence = "Sexual violence";
    public const string Attack = "Attack";
    public const string Abduction = "Abduction/forced disappearance";
    public const string PeacefulProtest = "Peaceful protest";
    public const string ProtestWithIntervention = "Protest with intervention";
    public const string ExcessiveForce = "Excessive force against protesters";
    public const string ViolentDemonstration = "Violent demonstration";
    public const string MobViolence = "Mob violence";
    public const string Agreement = "Agreement";
    public const string Arrests = "Arrests";
    public const string ChangeToGroup = "Change to group/activity";
    public const string DisruptedWeaponsUse = "Disrupted weapons use";
    public const string HeadquartersEstablished = "Headquarters or base established";
    public const string Looting = "Looting/property destruction";
    public const string NonViolentTransfer = "Non-violent transfer of territory";
    public const string Other = "Other";

    private static readonly Dictionary<string, string> TypeOfSubType = new()
    {
        [ArmedClash] = Battles, [GovernmentRegainsTerritory] = Battles, [NonStateOvertakesTerritory] = Battles,
        [ChemicalWeapon] = Explosions, [AirStrike] = Explosions, [SuicideBomb] = Explosions, [Shelling] = Explosions,
        [RemoteExplosive] = Explosions, [Grenade] = Explosions,
        [SexualViolence] = ViolenceAgainstCivilians, [Attack] = ViolenceAgainstCivilians, [Abduction] = ViolenceAgainstCivilians,
        [PeacefulProtest] = Protests, [ProtestWithIntervention] = Protests, [ExcessiveForce] = Protests,
        [ViolentDemonstration] = Riots, [MobViolence] = Riots,
        [Agreement] = StrategicDevelopments, [Arrests] = StrategicDevelopments, [ChangeToGroup] = StrategicDevelopments,
        [DisruptedWeaponsUse] = StrategicDevelopments, [HeadquartersEstablished] = StrategicDevelopments,
        [Looting] = StrategicDevelopments, [NonViolentTransfer] = StrategicDevelopments, [Other] = StrategicDevelopments,
    };

    public static IReadOnlyCollection<string> SubTypes => TypeOfSubType.Keys;

    public static IEnumerable<string> EventTypes => [Battles, Explosions, ViolenceAgainstCivilians, Protests, Riots, StrategicDevelopments];

    public static string EventTypeOf(string subType) => TypeOfSubType[subType];

    /// <summary>PLOVER event type and mode for a sub-event type (Battles/Explosions -> ASSAULT, Protests/Riots -> PROTEST ...).</summary>
    public static (string Type, string? Mode) Plover(string subType) => subType switch
    {
        ArmedClash or GovernmentRegainsTerritory or NonStateOvertakesTerritory => ("ASSAULT", "firearms"),
        AirStrike => ("ASSAULT", "aerial"),
        Shelling => ("ASSAULT", "explosion"),
        SuicideBomb or RemoteExplosive or Grenade => ("ASSAULT", "explosion"),
        ChemicalWeapon => ("ASSAULT", "cbrn"),
        Attack => ("ASSAULT", "firearms"),
        SexualViolence => ("ASSAULT", "sexual"),
        Abduction => ("ASSAULT", "abduct"),
        PeacefulProtest or ProtestWithIntervention or ExcessiveForce => ("PROTEST", "demonstrate"),
        ViolentDemonstration or MobViolence => ("PROTEST", "riot"),
        Arrests => ("COERCE", "arrest"),
        Looting => ("COERCE", "seize"),
        Agreement => ("AGREE", null),
        ChangeToGroup or HeadquartersEstablished => ("MOBILIZE", null),
        NonViolentTransfer => ("CONCEDE", null),
        DisruptedWeaponsUse => ("COERCE", null),
        _ => ("COERCE", null),
    };
}
