using Faultline.Events;

namespace Faultline.Merging;

/// <summary>One value a field took in some of the reports, and which reports said it.</summary>
public sealed record ReportedValue(string Value, IReadOnlyList<string> Reports);

/// <summary>A field the member reports disagree on, with every value given (an analyst sees who said what).</summary>
public sealed record Disagreement(string Field, IReadOnlyList<ReportedValue> Values);

/// <summary>
/// One event told by one or more reports: the reconciled row (a pure function of the members, see
/// <see cref="Reconciler"/>), the member reports with their evidence, and the fields they disagree on.
/// </summary>
public sealed record MergedEvent(CodedEvent Event, IReadOnlyList<Report> Members, IReadOnlyList<Disagreement> Disagreements);

/// <summary>What the store shows of a merged event beside its row: its id, its member reports and their disagreements.</summary>
public sealed record MergeInfo(long EventId, IReadOnlyList<CodedEvent> Reports, IReadOnlyList<Disagreement> Disagreements);
