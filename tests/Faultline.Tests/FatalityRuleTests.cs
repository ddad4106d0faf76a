using Faultline.Documents;
using Faultline.Evaluation;
using Faultline.Events;
using Faultline.Pipeline;

namespace Faultline.Tests;

/// <summary>
/// Issue #7 (numbers): document-level fatality rules on reports of our own wording. A toll told in its own sentence
/// belongs to the event just told; a coder's statement that a toll is shared out divides it (the rounded share most
/// events get), and an allocation to places gives the event its place's share.
/// </summary>
public class FatalityRuleTests
{
    private static int? FatalitiesOf(string text) =>
        AcledScore.Pick(Extractor.Default.Extract(new Document("t", text, new DateOnly(2024, 3, 5))).Events)?.Fatalities;

    public static readonly TheoryData<string, int> Reports = new()
    {
        // One victim told without a number: ranks, bystanders, a body found, stabbed to death, left dead.
        { "Gunmen shot dead an army lieutenant at a checkpoint in Kirkuk on Monday.", 1 },
        // A hedged count before the modal "may" is a count, not a date in May; a lower-case road word before a count
        // names no road; "her sister injured" is no second death.
        { "Militants stormed a police post in Ramadi; at least 20 may have been killed in the fighting.", 20 },
        { "Gunmen opened fire at a checkpoint on the highway 5 people were killed, police in Kirkuk said.", 5 },
        { "A shell hit a house in Marib. A child was killed and her sister injured.", 1 },
        { "Tribesmen clashed in the market of Mudiyah, leading to the death of a bystander.", 1 },
        { "A roadside bomb hit a truck near Rutba, leaving the driver dead.", 1 },
        { "A man armed with a knife stabbed a local journalist to death in Baidoa.", 1 },
        { "Gunmen abducted a teacher in Daraa on Sunday; an old man's body was found near the town later.", 1 },
        // The toll in the next sentence is the event's, even when its victims are named differently.
        { "Rebels attacked an army outpost near Kidal. At least six soldiers were killed.", 6 },
        { "Government troops clashed with militia fighters in the hills east of Beni. Militia fighters were reported killed. Unknown fatalities coded as 10.", 10 },
        { "Jets struck a convoy on the road to Sirte. 11 fighters were reported killed.", 11 },
        // Shares stated by the coder.
        { "Troops and insurgents fought in Marawi and Butig. 20 insurgents were killed. Fatalities spread across two locations.", 10 },
        { "Artillery hit three villages near Kadugli, killing 9 people. Fatalities split across 3 events.", 3 },
        { "Militiamen attacked farmers in Logo, killing and wounding dozens. Fatalities coded as half.", 6 },
        { "Fighting broke out around Gao, Menaka and Ansongo; casualties were reported, with the unknown number coded as 10 and distributed over the activities in Gao, Menaka and Ansongo.", 3 },
        { "Rebels and troops fought on the Tessit and Gossi fronts, killing 8 soldiers. 8 fatalities split up between 2 events.", 4 },
        // A short report's toll told in a retelling of its news (another place named) is the news event's.
        { "Soldiers and rebels fought near Tessit. Fighting in Tessit and Gossi resulted in fatalities on both sides, with the unknown number coded as 10 and split between the 2 areas.", 5 },
        { "Jets bombed rebel positions near Tessit. Clashes in Gossi and Tessit between rebels and the army resulted in fatalities, with the unknown number coded as 10 and split between the 2 areas.", 5 },
        // ... but not a toll told of another place.
        { "Rebels attacked an army base near Tessit. Separately, 4 soldiers were killed in clashes near Menaka.", 0 },
        { "Rebels attacked an army base near Tessit. Four soldiers were killed in clashes near Menaka on the same day.", 0 },
        // Deaths told as more than the toll given add to it.
        { "Militants attacked a convoy near Gao, killing 4 soldiers. 2 other soldiers died later of their wounds.", 6 },
        { "Jets struck a market in Ariha, killing 7 civilians. A child was also killed in a second strike on the market.", 8 },
        { "Gunmen killed 3 farmers in a village near Jos. Another 2 were killed as they fled to the village.", 5 },
        // A suicide bomber who blew himself up counts (CODEBOOK), unless already counted or stopped.
        { "A suicide bomber blew himself up at a checkpoint near Baidoa, killing 4 soldiers.", 5 },
        { "Two suicide bombers attacked a police station in Kano, killing 6 officers and wounding 10.", 8 },
        { "Police arrested a suicide bomber before he reached a church in Maroua.", 0 },
        { "A suicide bomber detonated his vest at a wedding in Kunduz, killing 11 people including the bomber.", 11 },
        // The remainder of an uneven split goes one to an event: the share most events get is the rounded quotient, halves down.
        { "Rebels and troops fought near Gao, killing 20 fighters. Fatalities split across three locations.", 7 },
        { "Jets struck positions near Tessit, killing 10 fighters. Fatalities spread across three locations.", 3 },
        { "Militias fought in Bor, killing 9 people. 9 fatalities split between 2 events.", 4 },
        // One event per place and day.
        { "Troops and rebels fought near Gao, with an unknown number of fatalities coded as 12 and spread across three locations in two days.", 2 },
        // A stated allocation: the share of the event's own place, else the share most places get.
        { "Army and rebels clashed in Kurmuk. Unknown fatalities coded as 10 and split between Kurmuk, Geissan and Bau: Kurmuk 4, Geissan 3 and Bau 3.", 4 },
        { "Army and rebels clashed in Geissan. Unknown fatalities coded as 10 and split between Kurmuk, Geissan and Bau: Kurmuk 4, Geissan 3 and Bau 3.", 3 },
        { "Jets bombed rebel positions in Menaka. Fatalities are coded as 12 and split 2 for Gossi and 5 each for Menaka and Tessit.", 5 },
        { "Shelling hit Ansongo. The unknown number of fatalities is coded as 10 and split, five each, between Gao and Ansongo.", 5 },
        { "Rebels attacked an army post in Tessit. 10 soldiers were killed, with fatalities allocated as follows: Gao and Menaka 3 each and Tessit 4.", 4 },
        { "Rebels shelled an army post in Menaka. The unknown number of fatalities is coded as 10, with Gao and Menaka each allocated 3 and Tessit allocated 4.", 3 },
        { "Troops and rebels fought in several villages near Kidal. 15 fighters were killed; fatalities are distributed as follows: 4 in each of Aguelhok, Tessalit and Anefis and 3 in Tinzawaten.", 4 },
        // The toll being split is no share: "coded as 10 and split evenly between A and B" is 5 each.
        { "Militias fought in Gao. Fatalities were coded as 10 and split evenly between Gao and Ansongo.", 5 },
        // A town divided between two forces is no share of a toll.
        { "Shelling killed 4 civilians in a town divided between Kurdish and Arab forces near Manbij.", 4 },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void Codes_the_events_toll(string report, int fatalities) => Assert.Equal(fatalities, FatalitiesOf(report));
}
