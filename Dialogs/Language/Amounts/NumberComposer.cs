namespace SoukPlay.Dialogs.Language.Amounts;

/// <summary>Turns tokens into the numbers they spell, with one <see cref="NumberWordTable"/>.</summary>
internal static class NumberComposer
{
    public static List<AmountSegment> Compose(IReadOnlyList<AmountToken> tokens, NumberWordTable table)
    {
        var segments = new List<AmountSegment>();
        SegmentBuilder? current = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == AmountTokenKind.Number)
            {
                current = Continue(current, b => b.TryAddDigits(token, i), table, i, segments);
            }
            else if (token.Kind == AmountTokenKind.Word && table.TryGet(token.Text, out var word))
            {
                if (table.StartsWithJoinedAnd(token.Text))
                {
                    current?.TryAdd(new NumberWord(NumberWordKind.And, 0), i);
                }

                current = word.Kind == NumberWordKind.And && current is null
                    ? null
                    : Continue(current, b => b.TryAdd(word, i), table, i, segments);
            }
            else
            {
                Close(current, segments);
                current = null;
            }
        }

        Close(current, segments);
        return segments;
    }

    private static SegmentBuilder Continue(
        SegmentBuilder? current,
        Func<SegmentBuilder, bool> add,
        NumberWordTable table,
        int index,
        List<AmountSegment> segments)
    {
        if (current is not null && add(current))
        {
            return current;
        }

        Close(current, segments);
        var fresh = new SegmentBuilder(table, index);
        add(fresh);
        return fresh;
    }

    private static void Close(SegmentBuilder? builder, List<AmountSegment> segments)
    {
        if (builder is not null)
        {
            segments.Add(builder.Build());
        }
    }
}
