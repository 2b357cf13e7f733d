package io.scopekit.build;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The artifact a vendor depends on is the plain library jar with this pom (docs/vendor-build.md): the shaded jar is
 * a second, classified artifact, and no logging binding reaches a vendor's class path.
 */
class LibraryArtifactPomTest {

    @Test
    void should_attach_the_shaded_jar_as_the_cli_classifier_when_the_kit_is_packaged() throws Exception {
        // GIVEN the kit's pom
        Document pom = pom();

        // WHEN the shade plugin's configuration is read
        Element shade = plugin(pom, "maven-shade-plugin");

        // THEN it attaches its jar under classifier cli instead of replacing the main artifact
        then(text(shade, "shadedArtifactAttached")).isEqualTo("true");
        then(text(shade, "shadedClassifierName")).isEqualTo("cli");
    }

    @Test
    void should_keep_the_logging_binding_off_a_vendors_class_path_when_it_depends_on_the_kit() throws Exception {
        // GIVEN the kit's direct dependencies
        List<Element> deps = dependencies(pom());

        // WHEN the SLF4J bindings among them are read
        List<Element> bindings = deps.stream().filter(d -> text(d, "artifactId").startsWith("slf4j-")
                && !text(d, "artifactId").equals("slf4j-api")).toList();

        // THEN each is optional and not at compile scope
        then(bindings).isNotEmpty();
        for (Element b : bindings) {
            then(text(b, "optional")).as(text(b, "artifactId")).isEqualTo("true");
            then(text(b, "scope")).as(text(b, "artifactId")).isIn("runtime", "test");
        }
    }

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    private static Element plugin(Document pom, String artifactId) {
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element p = (Element) plugins.item(i);
            if (text(p, "artifactId").equals(artifactId) && p.getElementsByTagName("executions").getLength() > 0) {
                return p;
            }
        }
        throw new AssertionError("no " + artifactId + " with executions in pom.xml");
    }

    /** The project's own dependencies: children of project/dependencies, not of dependencyManagement. */
    private static List<Element> dependencies(Document pom) {
        List<Element> out = new ArrayList<>();
        NodeList children = pom.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e && e.getTagName().equals("dependencies")) {
                NodeList deps = e.getElementsByTagName("dependency");
                for (int j = 0; j < deps.getLength(); j++) {
                    out.add((Element) deps.item(j));
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
