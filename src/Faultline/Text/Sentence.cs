namespace Faultline.Text;

/// <summary>A sentence of a document: its span, its position, and the paragraph it sits in.</summary>
public sealed record Sentence(int Index, int Paragraph, TextSpan Span);
