package io.scopekit.oracle.internal;

import io.scopekit.oracle.RulesInvalidException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/** Compiles DRL read at run time ({@code --rules DIR}) into a KieBase, for the consent and the permission rules. */
final class DrlCompiler {

    private DrlCompiler() {}

    /**
     * Compiles {@code drl} (path below {@code folder} → text) into a KieBase, or throws with every error as
     * {@code origin/path:line:column: message}.
     */
    static KieBase compile(Map<String, String> drl, String folder, String origin) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        String prefix = "src/main/resources/" + folder + "/";
        drl.forEach((file, text) -> kfs.write(prefix + file, text));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> problems = new ArrayList<>();
            boolean located = errors.stream().anyMatch(m -> m.getLine() > 0);
            for (Message m : errors) {
                if (located && m.getLine() <= 0) {
                    continue; // follow-up noise such as "Parser returned a null Package"
                }
                String path = m.getPath() == null ? "?" : m.getPath();
                int at = path.indexOf(folder + "/");
                path = at < 0 ? path : path.substring(at + folder.length() + 1);
                problems.add(origin + "/" + path + ":" + m.getLine() + ":" + Math.max(1, m.getColumn()) + ": "
                        + m.getText().strip());
            }
            throw new RulesInvalidException(problems);
        }
        return ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
    }
}
