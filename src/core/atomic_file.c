/*
 * The atomic replacement of a file (see atomic_file.h): mkstemp beside the
 * target, write, fflush, fsync, rename, then sync the directory.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/atomic_file.h"

/* Make the rename durable: sync the directory that holds path (best effort). */
static void sync_parent_directory(const char *path)
{
	char *copy = strdup(path);

	if (copy == NULL)
		return;
	int fd = open(dirname(copy), O_RDONLY | O_DIRECTORY);
	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
	free(copy);
}

/*
 * Write the contents into the temporary file fd (named tmp), sync it and
 * rename it to path. Return 0, or errno (-1 for a write error without one).
 */
static int write_and_rename(int fd, const char *tmp, const char *path, atomic_file_writer *write,
			    const void *context)
{
	mode_t mask = umask(0);

	umask(mask);
	fchmod(fd, 0666 & ~mask); /* mkstemp made it 0600; give it a normal file's mode */

	FILE *f = fdopen(fd, "w");
	if (f == NULL) {
		int e = errno;
		close(fd);
		return e;
	}
	errno = 0;
	write(f, context);
	int failed = ferror(f);
	int e = errno; /* from the write that failed, if one did */
	if (!failed && (fflush(f) != 0 || fsync(fd) != 0)) {
		failed = 1;
		e = errno;
	}
	if (fclose(f) != 0 && !failed) {
		failed = 1;
		e = errno;
	}
	if (!failed && rename(tmp, path) != 0) {
		failed = 1;
		e = errno;
	}
	return failed ? (e != 0 ? e : -1) : 0;
}

/* The file a save to path replaces: through symbolic links. NULL if out of memory. */
static char *resolve_target(const char *path)
{
	char *target = realpath(path, NULL);

	return target != NULL ? target : strdup(path);
}

/* Only a regular file may be replaced: as root, a rename over /dev/full would replace the device. */
static int refuse_non_regular(const char *path, char *err, size_t err_size)
{
	struct stat st;

	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		snprintf(err, err_size, "cannot write '%s': %s", path,
			 S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
		return -1;
	}
	return 0;
}

int atomic_file_check(const char *path, char *err, size_t err_size)
{
	if (refuse_non_regular(path, err, err_size) != 0)
		return -1;
	char *target = resolve_target(path);
	if (target == NULL) {
		snprintf(err, err_size, "out of memory saving '%s'", path);
		return -1;
	}
	int result = access(dirname(target), W_OK | X_OK);
	if (result != 0)
		snprintf(err, err_size, "cannot write '%s': %s", path, strerror(errno));
	free(target);
	return result == 0 ? 0 : -1;
}

int atomic_file_write(const char *path, atomic_file_writer *write, const void *context, char *err,
		      size_t err_size)
{
	if (refuse_non_regular(path, err, err_size) != 0)
		return -1;
	char *target = resolve_target(path);
	size_t tmp_size = (target != NULL ? strlen(target) : 0) + sizeof(".tmp-XXXXXX");
	char *tmp = target != NULL ? malloc(tmp_size) : NULL;
	if (tmp == NULL) {
		snprintf(err, err_size, "out of memory saving '%s'", path);
		free(target);
		return -1;
	}
	snprintf(tmp, tmp_size, "%s.tmp-XXXXXX", target);

	/*
	 * While the temporary file exists, Ctrl-C, SIGTERM and SIGHUP wait: they
	 * are delivered once it has been renamed or removed, so none of them
	 * can leave it behind. (SIGKILL cannot wait; it may leave the temporary
	 * file, never a damaged target.)
	 */
	sigset_t stop_signals, before;
	sigemptyset(&stop_signals);
	sigaddset(&stop_signals, SIGINT);
	sigaddset(&stop_signals, SIGTERM);
	sigaddset(&stop_signals, SIGHUP);
	sigprocmask(SIG_BLOCK, &stop_signals, &before);

	int result = 0;
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, err_size, "cannot write '%s': %s", path, strerror(errno));
		result = -1;
	} else {
		int e = write_and_rename(fd, tmp, target, write, context);
		if (e != 0) {
			snprintf(err, err_size, "cannot write '%s': %s", path,
				 e > 0 ? strerror(e) : "write error");
			unlink(tmp);
			result = -1;
		} else {
			sync_parent_directory(target);
		}
	}
	sigprocmask(SIG_SETMASK, &before, NULL);
	free(tmp);
	free(target);
	return result;
}
