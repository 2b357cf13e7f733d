package io.scopekit.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus of secret forms in {@code scopekit-cli/src/test/resources/secrets}: free-text lines ({@code corpus.txt}), JSON
 * documents ({@code json-cases.ndjson}) and ordinary text that must stay readable ({@code benign.txt}).
 *
 * <p>A planted value is written between {@code «} and {@code »} in the files so a test knows exactly which
 * characters must never reach a report; the markers are removed before planting.
 */
public final class SecretCorpus {
    private static final Pattern PLANTED = Pattern.compile("«([^»]*)»");

    private SecretCorpus() {}

    /** One corpus entry: the text to plant and the secret values inside it. */
    public record Entry(String text, List<String> secrets) {}

    /** The free-text forms. */
    public static List<Entry> text() {
        return entries("corpus.txt");
    }

    /** The JSON documents, one per entry. */
    public static List<Entry> json() {
        return entries("json-cases.ndjson");
    }

    /** Every form, text and JSON. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>(text());
        all.addAll(json());
        return all;
    }

    /** Every planted value of every form. */
    public static List<String> secrets() {
        return all().stream().flatMap(e -> e.secrets().stream()).toList();
    }

    /** Ordinary lines that mention tokens, secrets and passwords without holding one. */
    public static List<String> benign() {
        return lines("benign.txt");
    }

    private static List<Entry> entries(String file) {
        List<Entry> entries = new ArrayList<>();
        for (String line : lines(file)) {
            String raw = file.endsWith(".txt") ? line.replace("\\n", "\n") : line;
            List<String> secrets = new ArrayList<>();
            Matcher m = PLANTED.matcher(raw);
            while (m.find()) {
                secrets.add(m.group(1));
            }
            entries.add(new Entry(raw.replace("«", "").replace("»", ""), List.copyOf(secrets)));
        }
        return entries;
    }

    private static List<String> lines(String file) {
        try (InputStream in = SecretCorpus.class.getResourceAsStream("/secrets/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource secrets/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
