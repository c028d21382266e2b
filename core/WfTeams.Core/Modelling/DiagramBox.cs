namespace WfTeams.Core.Modelling;

/// <summary>A rectangle of the diagram: a shape, a lane, the pool or a label.</summary>
public readonly record struct DiagramBox(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public int CenterX => X + Width / 2;

    public int CenterY => Y + Height / 2;
}
