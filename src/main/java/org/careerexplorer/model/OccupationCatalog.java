package org.careerexplorer.model;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every occupation the app knows, and the sources their figures come from. */
public final class OccupationCatalog {

    private final String dataVersion;
    private final Map<String, Occupation> byCode;
    private final Map<String, Source> sources;
    private final Optional<Reference> reference;

    public OccupationCatalog(String dataVersion, Collection<Occupation> occupations, Collection<Source> sources,
                             Optional<Reference> reference) {
        this.dataVersion = dataVersion;
        this.reference = reference;
        Map<String, Occupation> occupationMap = new LinkedHashMap<>();
        occupations.forEach(o -> {
            if (occupationMap.putIfAbsent(o.code(), o) != null) {
                throw new IllegalArgumentException("duplicate occupation code " + o.code());
            }
        });
        this.byCode = Collections.unmodifiableMap(occupationMap);
        Map<String, Source> sourceMap = new LinkedHashMap<>();
        sources.forEach(s -> sourceMap.put(s.id(), s));
        this.sources = Collections.unmodifiableMap(sourceMap);
    }

    public static OccupationCatalog empty() {
        return new OccupationCatalog("none", List.of(), List.of(), Optional.empty());
    }

    public String dataVersion() {
        return dataVersion;
    }

    /** All occupations in the order of the data file. */
    public List<Occupation> occupations() {
        return List.copyOf(byCode.values());
    }

    public Optional<Occupation> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public int size() {
        return byCode.size();
    }

    /** Figures for all occupations together, where the data has them. */
    public Optional<Reference> reference() {
        return reference;
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }
}
