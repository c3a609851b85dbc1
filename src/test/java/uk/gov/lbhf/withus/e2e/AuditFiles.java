package uk.gov.lbhf.withus.e2e;

import java.nio.charset.StandardCharsets;

/**
 * Files the browser tests upload, made here (nothing binary is committed): a small real PDF, and a web page that calls
 * itself a PDF (refused by its bytes).
 */
final class AuditFiles {

    private AuditFiles() {}

    static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";

    static byte[] bytes(String name) {
        return switch (name) {
            case "findings.pdf", "easy-read.pdf" -> PDF.getBytes(StandardCharsets.ISO_8859_1);
            case "not-really.pdf" -> "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("No test file " + name);
        };
    }

    static String mediaType(String name) {
        return "application/pdf"; // what the browser would claim from the name: the server does not believe it
    }
}
