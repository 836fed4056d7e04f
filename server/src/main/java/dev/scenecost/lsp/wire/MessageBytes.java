package dev.scenecost.lsp.wire;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array kept from one outgoing message to the next. Unlike {@link
 * java.io.ByteArrayOutputStream}, whose every write takes a lock, it is used under its consumer's
 * lock only: a 4 MB publication is millions of small writes.
 */
final class MessageBytes extends OutputStream {
  private byte[] bytes;
  private int size;

  MessageBytes(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(int b) {
    if (size == bytes.length) {
      grow(1);
    }
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] source, int offset, int length) {
    if (bytes.length - size < length) {
      grow(length);
    }
    System.arraycopy(source, offset, bytes, size, length);
    size += length;
  }

  @Override
  public void write(byte[] source) {
    write(source, 0, source.length);
  }

  /** A whole number in decimal, as {@link Integer#toString(int)} writes it. */
  void writeNumber(int value) {
    if (value < 0) {
      write(Integer.toString(value).getBytes(StandardCharsets.US_ASCII));
      return;
    }
    int digits = 1;
    for (int rest = value; rest >= 10; rest /= 10) {
      digits++;
    }
    if (bytes.length - size < digits) {
      grow(digits);
    }
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
  }

  private void grow(int needed) {
    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + needed));
  }

  int size() {
    return size;
  }

  int capacity() {
    return bytes.length;
  }

  void reset() {
    size = 0;
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }
}
