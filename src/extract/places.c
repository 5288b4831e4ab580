/* Places: where events were held ("tại ...", datelines). */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/xctx.h"
#include "util/util.h"
#include "vnkg/common.h"

static int is_room(const char *p)
{
	static const char *const rooms[] = {"Hội trường", "Hội", "Nhà", "Trụ sở", "Trung tâm", "Phòng", "Khu",
					    "Sân", "Trường", "Đài", "Nghĩa trang", "Bảo tàng", NULL};
	size_t i;

	for (i = 0; rooms[i]; i++) {
		size_t n = strlen(rooms[i]);
		if (strncmp(p, rooms[i], n) == 0 && (p[n] == ' ' || p[n] == '\0' || p[n] == ','))
			return 1;
	}
	return 0;
}

/* "HÀ NỘI - Chiều 2/4, ...": a dateline in capitals names the place. */
static void read_dateline(xctx *x)
{
	const char *dash = vnkg_i_x_find_bytes(x->s, x->len < 40 ? x->len : 40, " - ", 3);
	size_t i, n, pm;
	vnkg_buf name = VNKG_BUF_INIT;

	if (!dash || x->si > 3)
		return;
	n = (size_t)(dash - x->s);
	/* capital letters and spaces only, two words at least */
	for (i = 0; i < x->w.n && x->w.w[i].end <= n; i++)
		if (!x->w.w[i].abbr && !x->w.w[i].expanded)
			return;
	if (i < 2)
		return;
	for (i = 0; i < x->w.n && x->w.w[i].end <= n; i++) {
		char *low = vnkg_i_lower(x->w.w[i].text, strlen(x->w.w[i].text));
		utf8proc_int32_t cp;
		utf8proc_ssize_t len;
		if (!low)
			break;
		len = utf8proc_iterate((const utf8proc_uint8_t *)low, -1, &cp);
		if (i)
			vnkg_i_buf_putc(&name, ' ');
		if (len > 0) {
			utf8proc_uint8_t up[4];
			utf8proc_ssize_t ul = utf8proc_encode_char(utf8proc_toupper(cp), up);
			vnkg_i_buf_put(&name, (const char *)up, (size_t)ul);
			vnkg_i_buf_puts(&name, low + len);
		}
		free(low);
	}
	pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, 0, n, x->s);
	if (pm == VNKG_I_NO_MENTION) {
		vnkg_i_buf_free(&name);
		return;
	}
	x->doc->mentions[pm].name = vnkg_i_buf_detach(&name);
	x->doc->mentions[pm].locality = vnkg_i_strdup("");
}

void vnkg_i_x_read_places(xctx *x)
{
	read_dateline(x);
	size_t from = 0, a, b;
	PCRE2_SIZE *ov;

	while (vnkg_i_rule_find(RE_PLACE_AT, x->md, x->s, x->len, from, &ov)) {
		size_t pm, wi;
		from = ov[1];
		vnkg_i_group(ov, 2, &a, &b);
		wi = vnkg_i_x_word_at(x, a);
		if (wi < x->w.n && (x->used[wi] || vnkg_i_x_is_head_start(x, wi) || vnkg_i_x_is_title_start(x, wi) || vnkg_i_x_is_rank_start(x, wi)))
			continue;
		/* "tại Hội trường ..." and the like are rooms, not places */
		if (is_room(x->s + a))
			continue;
		pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, ov[0] + strlen("tại "), b, x->s);
		if (pm == VNKG_I_NO_MENTION)
			continue;
		x->doc->mentions[pm].name = vnkg_i_x_sub(x->s, a, b);
		x->doc->mentions[pm].locality =
			vnkg_i_group(ov, 1, &a, &b) ? vnkg_i_x_sub(x->s, a, b) : vnkg_i_strdup("");
		vnkg_i_x_mark_span(x, ov[0], ov[1]);
	}
	/* "tại Sở chỉ huy ở huyện Núi Thành, tỉnh Quảng Nam": the places after
	 * a "tại" that names a building */
	if (vnkg_i_x_find_bytes(x->s, x->len, " tại ", strlen(" tại ")) || strncmp(x->s, "Tại ", strlen("Tại ")) == 0) {
		from = 0;
		while (vnkg_i_rule_find(RE_PLACE_LOC, x->md, x->s, x->len, from, &ov)) {
			size_t pm, wi;
			from = ov[1];
			vnkg_i_group(ov, 2, &a, &b);
			wi = vnkg_i_x_word_at(x, ov[2]);
			if (wi < x->w.n && x->used[wi])
				continue;
			pm = vnkg_i_x_add_mention(x->doc, MENTION_PLACE, x->si, ov[2], b, x->s);
			if (pm == VNKG_I_NO_MENTION)
				continue;
			x->doc->mentions[pm].name = vnkg_i_x_sub(x->s, a, b);
			x->doc->mentions[pm].locality = vnkg_i_x_sub(x->s, ov[2], ov[3]);
			vnkg_i_x_mark_span(x, ov[2], b);
		}
	}
}


size_t vnkg_i_x_first_place_in(const vnkg_i_doc *d, size_t si)
{
	size_t i;

	/* the country is where an ambassador serves ("Đại sứ Nhật Bản tại Việt
	 * Nam"), not a venue */
	for (i = 0; i < d->nmentions; i++)
		if (d->mentions[i].type == MENTION_PLACE && d->mentions[i].sentence == si && !d->mentions[i].dead &&
		    strcmp(d->mentions[i].name, "Việt Nam") != 0)
			return i;
	return VNKG_I_NO_MENTION;
}
