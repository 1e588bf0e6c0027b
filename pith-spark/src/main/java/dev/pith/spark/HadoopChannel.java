package dev.pith.spark;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file on any Hadoop file system (HDFS, S3A, the local one) as a read-only {@link SeekableByteChannel}, so that
 * the WARC reader can seek past a broken record there as it does in a local file. Like a file channel, it may be
 * positioned past the end, where reads find the end. Not thread-safe.
 */
final class HadoopChannel implements SeekableByteChannel {
  private final FSDataInputStream in;
  private final long size;
  private long position;
  private boolean open = true;

  private HadoopChannel(FSDataInputStream in, long size) {
    this.in = in;
    this.size = size;
  }

  /** Opens {@code path} on its file system. @throws IOException when it cannot be opened */
  static HadoopChannel open(FileSystem fs, Path path) throws IOException {
    long size = fs.getFileStatus(path).getLen();
    return new HadoopChannel(fs.open(path, 1 << 16), size);
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    ensureOpen();
    if (position >= size) {
      return -1;
    }
    if (!dst.hasRemaining()) {
      return 0;
    }
    int n;
    if (dst.hasArray()) {
      n = in.read(dst.array(), dst.arrayOffset() + dst.position(), dst.remaining());
      if (n > 0) {
        dst.position(dst.position() + n);
      }
    } else {
      byte[] tmp = new byte[Math.min(dst.remaining(), 1 << 16)];
      n = in.read(tmp, 0, tmp.length);
      if (n > 0) {
        dst.put(tmp, 0, n);
      }
    }
    if (n > 0) {
      position += n;
    }
    return n;
  }

  @Override
  public long position() throws IOException {
    ensureOpen();
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) throws IOException {
    ensureOpen();
    if (newPosition < 0) {
      throw new IllegalArgumentException("position must be >= 0, was " + newPosition);
    }
    if (newPosition < size) {
      in.seek(newPosition);
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() throws IOException {
    ensureOpen();
    return size;
  }

  @Override
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      in.close();
    }
  }

  private void ensureOpen() throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
  }
}
