package org.minplan.core.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that at every moment either the old or the new complete content is on disk: the
 * content goes to a temporary file in the same folder, is forced to the device (fsync), and is then
 * renamed over the target in one atomic step; finally the folder itself is forced so the rename survives a
 * power cut. If writing fails at any point the temporary file is removed and the target is untouched.
 */
public final class AtomicFileWriter {

	/** Writes content to a stream; may throw to abort the save. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** The step that replaces the target with the finished temporary file (tests simulate its failure). */
	@FunctionalInterface
	public interface Rename {
		void move(Path from, Path to) throws IOException;
	}

	private final Rename rename;

	/** A writer using an atomic rename. */
	public AtomicFileWriter() {
		this(AtomicFileWriter::atomicMove);
	}

	/** A writer with another final step, e.g. one that fails, to prove the target survives. */
	public AtomicFileWriter(Rename rename) {
		this.rename = rename;
	}

	/**
	 * @param target  file to create or replace
	 * @param content what to write
	 * @throws IOException when anything fails; the target then still holds its previous content
	 */
	public void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".saving");
		boolean done = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			rename.move(temp, absolute);
			done = true;
			forceFolder(folder);
		} finally {
			if (!done) {
				Files.deleteIfExists(temp);
			}
		}
	}

	private static void atomicMove(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// Some network file systems: still better than writing in place.
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void forceFolder(Path folder) {
		// Linux allows fsync on a directory opened for reading; other systems may refuse, which only weakens
		// durability of the rename, not atomicity.
		try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort
		}
	}
}
