package org.hoiso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules talk only through each other's public classes and allowed dependencies; the module diagrams
 * in {@code docs/modules} are the ones the code gives (the same lines; the generator's order varies).
 */
class ModuleStructureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(HoisoApplication.class);
    private static final Path GENERATED = Path.of("target", "spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs", "modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * Writes Spring Modulith's documentation (PlantUML diagrams of all modules and of each one, and a
     * canvas per module) into {@code target/spring-modulith-docs}, and checks that the diagrams committed
     * in {@code docs/modules} (linked from {@code docs/architecture.md}) are the same. When a dependency
     * between modules changes on purpose, copy the {@code .puml} files over.
     */
    @Test
    void theCommittedModuleDiagramsAreTheOnesTheCodeGives() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.filter(p -> p.toString().endsWith(".puml")).sorted().toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                if (!Files.exists(committed) || !lines(committed).equals(lines(generated))) {
                    stale.add(committed + " (generated: " + generated + ")");
                }
            }
        }
        try (Stream<Path> files = Files.list(COMMITTED)) {
            files.filter(p -> p.toString().endsWith(".puml"))
                    .filter(p -> !Files.exists(GENERATED.resolve(p.getFileName())))
                    .forEach(p -> stale.add(p + " (no module of that name any more)"));
        }
        assertThat(stale).as("module diagrams in docs/modules that differ from the code; copy them from "
                + GENERATED).isEmpty();
    }

    /** The diagram's lines in order: the generator writes the same lines in an order that varies from run to run. */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }
}
