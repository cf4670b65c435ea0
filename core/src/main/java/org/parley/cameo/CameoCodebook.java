package org.parley.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CAMEO event codebook (every code with its name, root, Goldstein value and quad class) together with the
 * CAMEO to PLOVER conversion table of the 2021 PLOVER manual (CAMEO2PLOVER-2021).
 *
 * <p>PLOVER rules worth knowing: CAMEO 01 (public statement) and 02 (appeal) have no PLOVER type; root 08
 * splits into CONCEDE (080-083, with ease curfew / state of emergency 0813, 0814, where Parley departs from the
 * 2021 table as its resource file explains) and RETREAT (084-087); 163
 * (sanctions) is COERCE; 1712 (destroy property) and 175 (violent repression) are ASSAULT; 191-192 (blockade,
 * occupation) are COERCE. A code the table does not list takes the row of its longest listed prefix.
 *
 * <p>Immutable once built; safe to share between threads. Build it once ({@link #loadBuiltIn()}) and pass it
 * to whoever needs it.
 */
public final class CameoCodebook {

    static final String CODES_RESOURCE = "cameo_codes.tsv";
    static final String PLOVER_RESOURCE = "cameo_to_plover.tsv";

    private final Map<String, CameoCode> codes;
    private final Map<String, List<PloverMapping>> plover;

    private CameoCodebook(Map<String, CameoCode> codes, Map<String, List<PloverMapping>> plover) {
        this.codes = Collections.unmodifiableMap(codes);
        this.plover = Collections.unmodifiableMap(plover);
    }

    /** The codebook and PLOVER table shipped with Parley (resources next to this class). */
    public static CameoCodebook loadBuiltIn() {
        try (Reader codes = openResource(CODES_RESOURCE); Reader plover = openResource(PLOVER_RESOURCE)) {
            return read(codes, CODES_RESOURCE, plover, PLOVER_RESOURCE);
        } catch (IOException e) {
            throw new CameoFormatException(CODES_RESOURCE, "cannot read the built-in CAMEO resources", e);
        }
    }

    /**
     * Reads a codebook from tab-separated text. Codes: {@code code, name, goldstein, quad}; PLOVER table:
     * {@code cameo, plover, mode, context} (contexts separated by ';'). Lines starting with '#' and blank lines
     * are skipped, as is a header row whose first field is "code" or "cameo".
     *
     * @throws CameoFormatException naming the source and line of the first bad line
     */
    public static CameoCodebook read(Reader codes, String codesSource, Reader ploverTable, String ploverSource) {
        Map<String, CameoCode> byCode = new LinkedHashMap<>();
        for (TsvLine line : TsvLine.readAll(codes, codesSource)) {
            if (line.isHeader("code")) {
                continue;
            }
            line.requireFields(4);
            String code = line.field(0);
            double goldstein;
            int quad;
            try {
                goldstein = Double.parseDouble(line.field(2));
                quad = Integer.parseInt(line.field(3));
            } catch (NumberFormatException e) {
                throw line.error("Goldstein value '" + line.field(2) + "' or quad '" + line.field(3) + "' is not a number");
            }
            CameoCode parsed;
            try {
                parsed = new CameoCode(code, line.field(1), code.length() >= 2 ? code.substring(0, 2) : code, goldstein, quad);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            if (byCode.putIfAbsent(code, parsed) != null) {
                throw line.error("CAMEO code " + code + " is listed twice");
            }
        }
        Map<String, List<PloverMapping>> byCameo = new LinkedHashMap<>();
        for (TsvLine line : TsvLine.readAll(ploverTable, ploverSource)) {
            if (line.isHeader("cameo")) {
                continue;
            }
            line.requireFields(2);
            List<String> contexts = new ArrayList<>();
            for (String context : line.fieldOrEmpty(3).split(";")) {
                if (!context.isBlank()) {
                    contexts.add(context.trim());
                }
            }
            PloverMapping mapping;
            try {
                mapping = new PloverMapping(line.field(0), line.field(1), line.fieldOrEmpty(2), contexts);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            byCameo.computeIfAbsent(mapping.cameo(), k -> new ArrayList<>()).add(mapping);
        }
        byCameo.replaceAll((k, v) -> List.copyOf(v));
        return new CameoCodebook(byCode, byCameo);
    }

    /** Every code in codebook order (roots before their event forms). */
    public List<CameoCode> codes() {
        return List.copyOf(codes.values());
    }

    /** How many codes the codebook holds. */
    public int size() {
        return codes.size();
    }

    /** The code exactly as given ("0256"), or empty when the codebook has no such code. */
    public Optional<CameoCode> code(String cameo) {
        return Optional.ofNullable(cameo == null ? null : codes.get(cameo.trim()));
    }

    /** Whether the codebook defines this exact code. */
    public boolean contains(String cameo) {
        return code(cameo).isPresent();
    }

    /**
     * The single PLOVER type of a CAMEO code, or null where PLOVER has none (roots 01 and 02, unknown roots)
     * or where the code is ambiguous between two (the bare root "08": see {@link #ploverTypes(String)}).
     */
    public String ploverType(String cameo) {
        Set<String> types = ploverTypes(cameo);
        return types.size() == 1 ? types.iterator().next() : null;
    }

    /** Every PLOVER type the code may stand for: none, one, or both halves of the bare root "08". */
    public Set<String> ploverTypes(String cameo) {
        Set<String> types = new LinkedHashSet<>();
        for (PloverMapping mapping : ploverMappings(cameo)) {
            types.add(mapping.type());
        }
        return Collections.unmodifiableSet(types);
    }

    /** The conversion-table rows for the code or, when it is not listed, for its longest listed prefix. */
    public List<PloverMapping> ploverMappings(String cameo) {
        String code = cameo == null ? "" : cameo.trim();
        for (int k = code.length(); k >= 2; k--) {
            List<PloverMapping> rows = plover.get(code.substring(0, k));
            if (rows != null) {
                return rows;
            }
        }
        return List.of();
    }

    /**
     * The quad class of the code, or of its longest known prefix when the code itself is not in the codebook.
     *
     * @throws IllegalArgumentException when neither the code nor any prefix is known
     */
    public int quad(String cameo) {
        return known(cameo).quad();
    }

    /**
     * The Goldstein value of the code, or of its longest known prefix when the code itself is not in the
     * codebook.
     *
     * @throws IllegalArgumentException when neither the code nor any prefix is known
     */
    public double goldstein(String cameo) {
        return known(cameo).goldstein();
    }

    private CameoCode known(String cameo) {
        String code = cameo == null ? "" : cameo.trim();
        for (int k = code.length(); k >= 2; k--) {
            CameoCode found = codes.get(code.substring(0, k));
            if (found != null) {
                return found;
            }
        }
        throw new IllegalArgumentException("'" + cameo + "' is not a CAMEO code and has no known CAMEO prefix");
    }

    static Reader openResource(String name) {
        InputStream in = CameoCodebook.class.getResourceAsStream(name);
        if (in == null) {
            throw new CameoFormatException(name, 0, "built-in resource is missing from the class path");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** One non-comment line of a tab-separated resource, with where it came from. */
    record TsvLine(String source, int number, String[] fields) {

        static List<TsvLine> readAll(Reader reader, String source) {
            List<TsvLine> lines = new ArrayList<>();
            BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
            try {
                String text;
                int number = 0;
                while ((text = in.readLine()) != null) {
                    number++;
                    if (number == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                        text = text.substring(1);
                    }
                    if (text.isBlank() || text.stripLeading().startsWith("#")) {
                        continue;
                    }
                    String[] fields = text.split("\t", -1);
                    for (int i = 0; i < fields.length; i++) {
                        fields[i] = fields[i].trim();
                    }
                    lines.add(new TsvLine(source, number, fields));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + source, e);
            }
            return lines;
        }

        boolean isHeader(String firstField) {
            return fields[0].equalsIgnoreCase(firstField);
        }

        void requireFields(int n) {
            if (fields.length < n) {
                throw error("expected at least " + n + " tab-separated fields, found " + fields.length);
            }
        }

        String field(int i) {
            if (i >= fields.length || fields[i].isEmpty()) {
                throw error("field " + (i + 1) + " is empty");
            }
            return fields[i];
        }

        String fieldOrEmpty(int i) {
            return i < fields.length ? fields[i] : "";
        }

        CameoFormatException error(String problem) {
            return new CameoFormatException(source, number, problem);
        }
    }
}
