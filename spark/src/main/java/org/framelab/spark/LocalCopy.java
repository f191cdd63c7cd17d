package org.framelab.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;

/** A file as a local path for the local readers: the file itself on a local file system, else a temporary copy. */
final class LocalCopy implements AutoCloseable {
    private final java.nio.file.Path path;
    private final boolean temporary;

    private LocalCopy(java.nio.file.Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static LocalCopy of(Configuration conf, String file, String shown) throws IOException {
        Path p = new Path(file);
        URI u = p.toUri();
        if (u.getScheme() == null || u.getScheme().equals("file")) return new LocalCopy(java.nio.file.Path.of(u.getPath()), false);
        String name = p.getName();
        java.nio.file.Path tmp = Files.createTempFile("framelab-spark-", "-" + name);
        try (var in = p.getFileSystem(conf).open(p)) {
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw new IOException(shown + ": " + e.getMessage(), e);
        }
        return new LocalCopy(tmp, true);
    }

    java.nio.file.Path path() { return path; }

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
