package org.framelab.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reading thread's bytes arrive in order, and an error in that thread reaches the reader instead of leaving it waiting. */
class ReadAheadInputStreamTest {
    @Test
    @Timeout(20)
    void anErrorInTheReadingThreadReachesTheReader() throws Exception {
        InputStream failing = new InputStream() {
            int served;

            @Override
            public int read() {
                if (served++ < 10) return 'a';
                throw new OutOfMemoryError("test: the heap is full");
            }
        };
        try (ReadAheadInputStream in = new ReadAheadInputStream(failing)) {
            assertThatThrownBy(() -> {
                while (in.read() >= 0) {
                    // read until the error arrives
                }
            }).isInstanceOf(OutOfMemoryError.class).hasMessageContaining("test: the heap is full");
        }
    }

    @Test
    @Timeout(20)
    void bytesArriveInOrder() throws Exception {
        byte[] data = new byte[300_000];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 31);
        try (ReadAheadInputStream in = new ReadAheadInputStream(new java.io.ByteArrayInputStream(data))) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }
}
