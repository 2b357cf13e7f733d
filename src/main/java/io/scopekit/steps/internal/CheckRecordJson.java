package io.scopekit.steps.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scopekit.check.CheckRecord;

// TEMPORARY until the check package's codec lands.
final class CheckRecordJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckRecordJson() {}

    static String write(CheckRecord r) {
        ObjectNode record = JSON.createObjectNode();
        record.put("requirement", r.requirement());
        record.put("platform", r.platform());
        record.put("container", r.container());
        record.put("scope", r.scope());
        record.put("behaviour", r.behaviour());
        record.put("aspect", r.aspect());
        record.put("status", r.status());
        record.put("expected", r.expected());
        record.put("observed", r.observed());
        record.put("statedInScenario", r.statedInScenario());
        ArrayNode rules = record.putArray("rules");
        for (CheckRecord.Rule rule : r.rules()) {
            ObjectNode node = rules.addObject();
            node.put("name", rule.name());
            node.put("file", rule.file());
            node.put("seed", rule.seed());
            node.put("section", rule.section());
            node.put("passage", rule.passage());
        }
        record.put("note", r.note());
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write check record", e);
        }
    }
}
