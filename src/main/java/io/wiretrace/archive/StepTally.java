package io.wiretrace.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one step of an import did: counts to add to the import's tallies. Not thread-safe. */
public final class StepTally {
    private long records;
    private long stored;
    private long duplicates;
    private long context;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, Long> failed = new TreeMap<>();
    private final List<RecordProblem> problems = new ArrayList<>();

    /** Counts by reason added up: an import's tallies so far and a step's. */
    public static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, Long::sum));
        return sum;
    }

    public void record() {
        records++;
    }

    public void stored() {
        stored++;
    }

    public void duplicate() {
        duplicates++;
    }

    public void context() {
        context++;
    }

    public void problem(RecordProblem problem) {
        (problem.failed() ? failed : skipped).merge(problem.reason(), 1L, Long::sum);
        problems.add(problem);
    }

    public long records() {
        return records;
    }

    public long storedCount() {
        return stored;
    }

    public long duplicateCount() {
        return duplicates;
    }

    public long contextCount() {
        return context;
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    public Map<String, Long> failed() {
        return failed;
    }

    public List<RecordProblem> problems() {
        return problems;
    }
}
