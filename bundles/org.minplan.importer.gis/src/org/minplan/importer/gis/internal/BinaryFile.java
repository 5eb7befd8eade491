package org.minplan.importer.gis.internal;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Random read access to a binary file through a read-ahead window, so reading record after record costs
 * few system calls and no more memory than the largest record. Every read is checked against the real
 * file size first: what a file claims about its own lengths is never trusted.
 */
public final class BinaryFile implements Closeable {

	private static final int WINDOW = 1 << 16;

	private final FileChannel channel;
	private final long size;
	private ByteBuffer window = ByteBuffer.allocate(WINDOW);
	private long windowStart = -1;

	public BinaryFile(Path path) throws IOException {
		channel = FileChannel.open(path, StandardOpenOption.READ);
		size = channel.size();
	}

	/** @return the real size of the file in bytes */
	public long size() {
		return size;
	}

	/**
	 * @return a buffer positioned at {@code offset} with exactly {@code length} bytes remaining, valid until
	 *         the next read
	 * @throws EOFException when the file ends before {@code offset + length}
	 */
	public ByteBuffer read(long offset, int length, ByteOrder order) throws IOException {
		if (offset < 0 || length < 0 || offset + length > size) {
			throw new EOFException();
		}
		if (windowStart < 0 || offset < windowStart || offset + length > windowStart + window.limit()) {
			if (window.capacity() < length) {
				window = ByteBuffer.allocate(Math.max(length, WINDOW));
			}
			window.clear();
			int wanted = (int) Math.min(window.capacity(), size - offset);
			window.limit(wanted);
			while (window.hasRemaining()) {
				if (channel.read(window, offset + window.position()) < 0) {
					throw new EOFException();
				}
			}
			window.flip();
			windowStart = offset;
		}
		ByteBuffer slice = window.duplicate().order(order);
		int start = (int) (offset - windowStart);
		slice.position(start).limit(start + length);
		return slice.slice().order(order);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
