package dev.ward.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table with aligned columns. Widths come from the visible text, so colour never shifts a column.
 * A cell wider than its column's limit keeps its text and pushes the rest of its row right; the last column is
 * not padded unless right-aligned, and is cut at its limit so one long detail cannot flood the screen.
 */
final class TextTable {

    record Column(String header, int maxWidth, boolean alignRight) {
    }

    record Cell(String text, Ansi style) {
        Cell {
            text = TerminalText.printable(text);
        }
    }

    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    TextTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    void add(List<Cell> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, table has " + columns.size() + " columns");
        }
        rows.add(List.copyOf(row));
    }

    void render(StringBuilder out, String indent, boolean colour) {
        int[] widths = widths();
        List<Cell> header = columns.stream().map(c -> new Cell(c.header(), Ansi.BOLD)).toList();
        renderRow(out, indent, header, widths, colour);
        for (List<Cell> row : rows) {
            renderRow(out, indent, row, widths, colour);
        }
    }

    private int[] widths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            int widest = TerminalText.width(columns.get(i).header());
            for (List<Cell> row : rows) {
                widest = Math.max(widest, TerminalText.width(row.get(i).text()));
            }
            widths[i] = Math.min(widest, Math.max(columns.get(i).maxWidth(), TerminalText.width(columns.get(i).header())));
        }
        return widths;
    }

    private void renderRow(StringBuilder out, String indent, List<Cell> row, int[] widths, boolean colour) {
        StringBuilder line = new StringBuilder(indent);
        int last = columns.size() - 1;
        for (int i = 0; i <= last; i++) {
            Cell cell = row.get(i);
            String text = i == last ? TerminalText.truncate(cell.text(), columns.get(i).maxWidth()) : cell.text();
            boolean pad = i < last || columns.get(i).alignRight();
            String padding = pad ? " ".repeat(Math.max(0, widths[i] - TerminalText.width(text))) : "";
            String styled = cell.style().apply(text, colour);
            line.append(columns.get(i).alignRight() ? padding + styled : styled + padding);
            if (i < last) {
                line.append(GAP);
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
