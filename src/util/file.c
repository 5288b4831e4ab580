#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/util.h"
#include "vnkg/common.h"

int vnkg_i_tmpfile_open(void **fp_out, char **tmp_out, const char *path)
{
	vnkg_buf name = VNKG_BUF_INIT;
	char *tmp;
	int fd;
	FILE *fp;

	*fp_out = NULL;
	*tmp_out = NULL;
	if (vnkg_i_buf_printf(&name, "%s.tmp-XXXXXX", path) < 0)
		return VNKG_ENOMEM;
	tmp = vnkg_i_buf_detach(&name);
	if (!tmp)
		return VNKG_ENOMEM;
	fd = mkstemp(tmp);
	if (fd < 0) {
		vnkg_error_set("%s: cannot create a temporary file beside it: %s; check that the folder exists and is writable",
			       path, strerror(errno));
		free(tmp);
		return VNKG_ERROR;
	}
	/* mkstemp makes the file private; outputs are ordinary files, so give
	 * them the mode a plain open() would (0666 less the umask) */
	{
		mode_t mask = umask(0);
		umask(mask);
		if (fchmod(fd, 0666 & ~mask) != 0) {
			vnkg_error_set("%s: cannot set the mode of the temporary file: %s", path, strerror(errno));
			close(fd);
			unlink(tmp);
			free(tmp);
			return VNKG_ERROR;
		}
	}
	fp = fdopen(fd, "wb");
	if (!fp) {
		vnkg_error_set("%s: cannot open a temporary file: %s", path, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return VNKG_ERROR;
	}
	*fp_out = fp;
	*tmp_out = tmp;
	return 0;
}

void vnkg_i_tmpfile_abort(void *fp, char *tmp)
{
	if (fp)
		fclose(fp);
	if (tmp) {
		unlink(tmp);
		free(tmp);
	}
}

int vnkg_i_tmpfile_commit(void *fpv, char *tmp, const char *path)
{
	FILE *fp = fpv;
	int err = 0;

	if (ferror(fp) || fflush(fp) != 0) {
		vnkg_error_set("%s: write failed: %s (disk full?); the previous file is left as it was", path,
			       strerror(errno));
		err = VNKG_ERROR;
	}
	if (fclose(fp) != 0 && !err) {
		vnkg_error_set("%s: write failed on close: %s; the previous file is left as it was", path,
			       strerror(errno));
		err = VNKG_ERROR;
	}
	if (!err && rename(tmp, path) != 0) {
		vnkg_error_set("%s: cannot rename the temporary file into place: %s", path, strerror(errno));
		err = VNKG_ERROR;
	}
	if (err)
		unlink(tmp);
	free(tmp);
	return err;
}

int vnkg_i_write_file_atomic(const char *path, const char *data, size_t len)
{
	void *fp;
	char *tmp;
	int err;

	err = vnkg_i_tmpfile_open(&fp, &tmp, path);
	if (err < 0)
		return err;
	if (len && fwrite(data, 1, len, fp) != len) {
		vnkg_error_set("%s: write failed: %s", path, strerror(errno));
		vnkg_i_tmpfile_abort(fp, tmp);
		return VNKG_ERROR;
	}
	return vnkg_i_tmpfile_commit(fp, tmp, path);
}
