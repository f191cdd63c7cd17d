package org.framelab.gui;

import javax.swing.TransferHandler;
import java.awt.EventQueue;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Accepts a file or folder dropped on the window: the first one goes to {@code open} (later, on the event thread); a failure to {@code onError}. */
final class FileDrop extends TransferHandler {
    private final Consumer<Path> open;
    private final Consumer<Throwable> onError;

    FileDrop(Consumer<Path> open, Consumer<Throwable> onError) {
        this.open = open;
        this.onError = onError;
    }

    @Override
    public boolean canImport(TransferSupport s) {
        return s.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean importData(TransferSupport s) {
        try {
            List<File> files = (List<File>) s.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            if (files.isEmpty()) return false;
            EventQueue.invokeLater(() -> open.accept(files.get(0).toPath()));
            return true;
        } catch (Exception e) {
            onError.accept(e);
            return false;
        }
    }
}
