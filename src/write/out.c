#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "util/util.h"
#include "vnkg/common.h"
#include "write/write_i.h"

/* The output driver of the writers: the bytes go through a buffer to a
 * temporary file renamed into place at the end, or stay in memory. */

#define FLUSH_AT 65536

static int flush(vnkg_i_out *o)
{
	if (o->err)
		return o->err;
	if (o->buf.oom)
		return o->err = VNKG_ENOMEM;
	if (o->fp && o->buf.len) {
		if (fwrite(o->buf.ptr, 1, o->buf.len, o->fp) != o->buf.len)
			return o->err = VNKG_ERROR;
		vnkg_i_buf_clear(&o->buf);
	}
	return 0;
}

int vnkg_i_out_maybe_flush(vnkg_i_out *o)
{
	if (o->buf.oom && !o->err)
		o->err = VNKG_ENOMEM;
	if (o->err || !o->fp || o->buf.len < FLUSH_AT)
		return o->err;
	return flush(o);
}

int vnkg_i_write_run(const char *what, const char *path, char **out, size_t *out_len, vnkg_i_emit_fn emit,
		     const vnkg_graph *g, const void *payload)
{
	vnkg_i_out o = {NULL, VNKG_BUF_INIT, 0};
	char *tmp = NULL;
	int err;

	if (out)
		*out = NULL;
	if (out_len)
		*out_len = 0;
	if (!g || (path ? !*path : !out)) {
		vnkg_error_set("%s: no graph or no output given", what);
		return VNKG_EINVALID;
	}
	if (path) {
		err = vnkg_i_tmpfile_open(&o.fp, &tmp, path);
		if (err < 0)
			return err;
	}
	err = emit(&o, g, payload);
	if (err == 0)
		err = flush(&o);
	if (err == VNKG_ERROR && o.err == VNKG_ERROR)
		vnkg_error_set("%s: write failed: %s (disk full?); the previous file is left as it was", path,
			       strerror(errno));
	else if (err == VNKG_ENOMEM)
		vnkg_i_oom();
	if (err < 0)
		goto cleanup;
	if (path) {
		err = vnkg_i_tmpfile_commit(o.fp, tmp, path);
		o.fp = NULL;
		tmp = NULL;
	} else {
		if (out_len)
			*out_len = o.buf.len;
		*out = vnkg_i_buf_detach(&o.buf);
		if (!*out)
			err = vnkg_i_oom();
	}

cleanup:
	if (o.fp)
		vnkg_i_tmpfile_abort(o.fp, tmp);
	vnkg_i_buf_free(&o.buf);
	return err;
}
