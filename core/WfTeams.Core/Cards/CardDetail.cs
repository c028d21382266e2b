namespace WfTeams.Core.Cards;

/// <summary>How much detail a card carries: every card is built at the richest level that keeps the message within Teams' limit.</summary>
public enum CardDetail
{
    Full,
    Compact,
    Minimal,
}
