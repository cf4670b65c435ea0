package org.parley.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ISO 3166-1 alpha-2 to FIPS 10-4 country codes, which GDELT uses for its geography columns (Germany is DE in
 * ISO but GM in FIPS, Russia RU/RS, the United Kingdom GB/UK). Read from {@code fips10-4.tsv} next to this class
 * (its source and how to regenerate it are in the file's comment lines and {@code derive_fips.sh}).
 *
 * <p>Immutable and thread-safe.
 */
public final class FipsCountryCodes {

    static final String RESOURCE = "fips10-4.tsv";

    private final Map<String, String> fipsByIso2;

    private FipsCountryCodes(Map<String, String> fipsByIso2) {
        this.fipsByIso2 = Map.copyOf(fipsByIso2);
    }

    /** The shipped table. */
    public static FipsCountryCodes builtIn() {
        try (InputStream in = FipsCountryCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " next to " + FipsCountryCodes.class);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a table: {@code #} comments, a header {@code iso2 fips name}, then one tab-separated row a country. */
    static FipsCountryCodes read(BufferedReader in, String name) throws IOException {
        Map<String, String> map = new HashMap<>();
        boolean header = false;
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (!header) {
                if (f.length < 2 || !f[0].equals("iso2") || !f[1].equals("fips")) {
                    throw new IllegalStateException(name + " line " + lineNumber + ": expected the header iso2, fips");
                }
                header = true;
                continue;
            }
            if (f.length < 2 || !f[0].matches("[A-Z]{2}") || !f[1].matches("[A-Z]{2}")) {
                throw new IllegalStateException(name + " line " + lineNumber
                        + ": expected two-letter ISO and FIPS codes, got: " + line);
            }
            if (map.put(f[0], f[1]) != null) {
                throw new IllegalStateException(name + " line " + lineNumber + ": " + f[0] + " is listed twice");
            }
        }
        return new FipsCountryCodes(map);
    }

    /** The FIPS 10-4 code of an ISO alpha-2 code (any case), or null where FIPS has none or the code is unknown. */
    public String fipsOf(String iso2) {
        return iso2 == null ? null : fipsByIso2.get(iso2.toUpperCase(Locale.ROOT));
    }
}
