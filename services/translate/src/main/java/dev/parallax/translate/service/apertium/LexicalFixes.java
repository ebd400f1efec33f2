package dev.parallax.translate.service.apertium;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * The project's lexical-selection rules ({@code src/main/resources/lrx/<mode>.lrx}), compiled with
 * {@code lrx-comp} at start-up into the work directory and run as one extra {@code lrx-proc} stage.
 * They fix systematic errors of the Debian data, e.g. Danish <i>siger/sagde</i> chosen as Bokmål
 * <i>siker/siket</i> ("seeps") instead of <i>sier/sa</i>.
 */
public final class LexicalFixes {

    private static final Logger LOG = Logger.getLogger(LexicalFixes.class);

    private LexicalFixes() {
    }

    /** Compiled rule files by mode; modes without rules, or a machine without lrx-comp, get none. */
    public static Map<String, Path> compile(Collection<String> modes, Path workDir) {
        Map<String, Path> compiled = new LinkedHashMap<>();
        if (ApertiumInstallation.executable("lrx-comp").isEmpty()) {
            LOG.warn("lrx-comp is not installed (Debian: apertium-lex-tools-dev); the project's lexical fixes are off");
            return compiled;
        }
        for (String mode : modes) {
            String resource = "lrx/" + mode + ".lrx";
            try (InputStream rules = LexicalFixes.class.getClassLoader().getResourceAsStream(resource)) {
                if (rules == null) {
                    continue;
                }
                Path source = workDir.resolve(mode + ".lrx");
                Path binary = workDir.resolve(mode + ".fix.bin");
                Files.copy(rules, source, StandardCopyOption.REPLACE_EXISTING);
                Process compiler = new ProcessBuilder("lrx-comp", source.toString(), binary.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(workDir.resolve(mode + ".lrx-comp.log").toFile())
                        .start();
                if (!compiler.waitFor(60, TimeUnit.SECONDS)) {
                    compiler.destroyForcibly();
                    LOG.warnf("lrx-comp did not finish for %s; running without its fixes", mode);
                } else if (compiler.exitValue() != 0 || !Files.isRegularFile(binary)) {
                    LOG.warnf("lrx-comp failed for %s (exit %d); running without its fixes", mode, compiler.exitValue());
                } else {
                    compiled.put(mode, binary);
                }
            } catch (IOException e) {
                LOG.warnf("Could not compile the lexical fixes for %s: %s", mode, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return compiled;
            }
        }
        LOG.infof("Project lexical fixes active for %s", compiled.keySet());
        return compiled;
    }
}
