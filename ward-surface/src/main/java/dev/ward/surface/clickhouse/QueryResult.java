package dev.ward.surface.clickhouse;

import java.util.List;

/**
 * What one read-only query returned.
 *
 * @param rows      the rows, each cell as text
 * @param truncated true when the reply hit the byte cap and later rows were dropped
 * @param error     the server's error, or null
 * @param request   the request as sent, for evidence
 * @param response  a short excerpt of the reply, for evidence
 */
public record QueryResult(List<List<String>> rows, boolean truncated, ServerError error, String request, String response) {

    public QueryResult {
        rows = List.copyOf(rows);
    }

    public boolean ok() {
        return error == null;
    }

    /** The first cell of the first row, or empty. */
    public String scalar() {
        return rows.isEmpty() || rows.getFirst().isEmpty() ? "" : rows.getFirst().getFirst();
    }

    static QueryResult failed(ServerError error, String request, String response) {
        return new QueryResult(List.of(), false, error, request, response);
    }
}
