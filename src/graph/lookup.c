/* The vocabulary, date checks and forgiving name lookup. */

#include <stdlib.h>
#include <string.h>

#include "graph/query_i.h"
#include "vnkg/common.h"
#include "vnkg/text.h"

const char *const vnkg_query_relations[] = {
	"chaired", "attended", "directed", "spoke_at", "organized", "disseminated", "implemented",
	"issued", "holds_role", "part_of", "held_at", "worked_with", "awarded", "toward", NULL
};

const char *const vnkg_query_relation_labels[] = {
	"chủ trì", "dự", "chỉ đạo", "phát biểu", "tổ chức", "quán triệt", "triển khai",
	"ban hành", "giữ chức", "trực thuộc", "tại", "làm việc với", "trao", "tiến tới", NULL
};

const char *const vnkg_query_types[] = {"person", "body", "directive", "event", "place", NULL};

/* ------------------------------------------------------------- relations */

int vnkg_query_relation_parse(const char **out, const char *name)
{
	char *folded = NULL, *label = NULL;
	size_t i;
	int error = VNKG_ENOTFOUND;

	if (!out || !name) {
		vnkg_error_set("vnkg_query_relation_parse: no name or no output pointer given");
		return VNKG_EINVALID;
	}
	*out = NULL;
	error = vnkg_text_fold(&folded, name);
	if (error < 0)
		goto cleanup;
	/* "spoke-at", "spoke at" and "SPOKE_AT" name the key too */
	for (i = 0; folded[i]; i++)
		if (folded[i] == '-' || folded[i] == ' ')
			folded[i] = '_';
	error = VNKG_ENOTFOUND;
	for (i = 0; vnkg_query_relations[i] && error == VNKG_ENOTFOUND; i++) {
		size_t k;

		if (strcmp(folded, vnkg_query_relations[i]) == 0) {
			*out = vnkg_query_relations[i];
			error = 0;
			break;
		}
		error = vnkg_text_fold(&label, vnkg_query_relation_labels[i]);
		if (error < 0)
			goto cleanup;
		for (k = 0; label[k]; k++)
			if (label[k] == ' ')
				label[k] = '_';
		if (strcmp(folded, label) == 0) {
			*out = vnkg_query_relations[i];
			error = 0;
		} else {
			error = VNKG_ENOTFOUND;
		}
		free(label);
		label = NULL;
	}
	if (error == VNKG_ENOTFOUND)
		vnkg_error_set("unknown relation \"%s\"; known: chaired, attended, directed, spoke_at, organized, "
			"disseminated, implemented, issued, holds_role, part_of, held_at, worked_with, awarded, "
			"toward (or their Vietnamese labels)", name);

cleanup:
	free(folded);
	free(label);
	return error;
}

/* ----------------------------------------------------------------- dates */

static int digits(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static int two(const char *s)
{
	return (s[0] - '0') * 10 + (s[1] - '0');
}

int vnkg_query_date_check(const char *date)
{
	size_t n = date ? strlen(date) : 0;
	int ok = 0;

	if (n == 4)
		ok = digits(date, 4);
	else if (n == 7)
		ok = digits(date, 4) && date[4] == '-' && digits(date + 5, 2) && two(date + 5) >= 1 &&
			two(date + 5) <= 12;
	else if (n == 10)
		ok = digits(date, 4) && date[4] == '-' && digits(date + 5, 2) && two(date + 5) >= 1 &&
			two(date + 5) <= 12 && date[7] == '-' && digits(date + 8, 2) && two(date + 8) >= 1 &&
			two(date + 8) <= 31;
	if (!ok) {
		vnkg_error_set("\"%s\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-11-18)",
			date ? date : "");
		return VNKG_EINVALID;
	}
	return 0;
}

/* ---------------------------------------------------------------- lookup */

/* How well one name matches: 0 is no match, lower is better. */
enum {
	MATCH_NONE = 0,
	MATCH_ID = 1,
	MATCH_EXACT,
	MATCH_NAME,
	MATCH_INITIALS,
	MATCH_PREFIX,
	MATCH_WORDS
};

static int is_alnum_ascii(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* The initials of a folded name: the first letter of each word, a word of
 * digits whole ("quan khu 7" -> "qk7"). Writes at most size - 1 bytes. */
static void initials(char *out, size_t size, const char *folded)
{
	const char *p = folded;
	size_t n = 0;

	while (*p && n + 1 < size) {
		while (*p && !is_alnum_ascii(*p))
			p++;
		if (!*p)
			break;
		if (*p >= '0' && *p <= '9') {
			while (*p >= '0' && *p <= '9' && n + 1 < size)
				out[n++] = *p++;
		} else {
			out[n++] = *p;
		}
		while (*p && *p != ' ')
			p++;
	}
	out[n] = '\0';
}

/* Does `needle` occur in `hay` starting and ending on word boundaries? */
static int has_words(const char *hay, const char *needle, size_t nlen)
{
	const char *p = strstr(hay, needle);

	while (p) {
		int starts = p == hay || !is_alnum_ascii(p[-1]);
		int ends = !is_alnum_ascii(p[nlen]);

		if (starts && ends)
			return 1;
		p = strstr(p + 1, needle);
	}
	return 0;
}

/* The query as the user typed it, trimmed, and folded. */
struct query {
	const char *raw;
	size_t rawlen;
	const char *folded;
	size_t len;
	int abbrev_ok;
};

/* How the query matches the name `s` (len bytes, raw, to be folded). */
static int match_name(int *out, const char *s, size_t len, const struct query *qy)
{
	const char *fq = qy->folded;
	size_t fqlen = qy->len;
	char *raw = NULL, *fs = NULL, abbr[64];
	int error = 0;

	*out = MATCH_NONE;
	if (len == qy->rawlen && memcmp(s, qy->raw, len) == 0) {
		*out = MATCH_EXACT;
		return 0;
	}
	raw = vnkg_i_strndup(s, len);
	if (!raw)
		return VNKG_ENOMEM;
	error = vnkg_text_fold(&fs, raw);
	if (error == VNKG_EINVALID) {
		/* a name that is not UTF-8 matches nothing */
		error = 0;
		goto cleanup;
	}
	if (error < 0)
		goto cleanup;
	if (!*fs)
		goto cleanup;
	if (strcmp(fs, fq) == 0) {
		*out = MATCH_NAME;
		goto cleanup;
	}
	if (qy->abbrev_ok) {
		initials(abbr, sizeof(abbr), fs);
		if (strlen(abbr) >= 2 && strcmp(abbr, fq) == 0) {
			*out = MATCH_INITIALS;
			goto cleanup;
		}
	}
	if (strncmp(fs, fq, fqlen) == 0)
		*out = MATCH_PREFIX;
	else if (has_words(fs, fq, fqlen))
		*out = MATCH_WORDS;

cleanup:
	free(raw);
	free(fs);
	return error;
}

/* The best match of node n: its label, then each alias. */
static int match_node(int *out, const char **matched, size_t *matched_len, const vnkg_graph *g, size_t n,
	const struct query *qy)
{
	const char *label = vnkg_i_q_node(g, n, VNKG_I_NODE_LABEL);
	const char *p = vnkg_i_q_node(g, n, VNKG_I_NODE_ALIASES);
	int m, error;

	*out = MATCH_NONE;
	error = match_name(&m, label, strlen(label), qy);
	if (error < 0)
		return error;
	if (m != MATCH_NONE) {
		*out = m;
		*matched = label;
		*matched_len = strlen(label);
	}
	while (*p && *out != MATCH_EXACT) {
		const char *end = strchr(p, '|');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		while (len && *p == ' ') {
			p++;
			len--;
		}
		while (len && p[len - 1] == ' ')
			len--;
		if (len) {
			error = match_name(&m, p, len, qy);
			if (error < 0)
				return error;
			if (m != MATCH_NONE && (*out == MATCH_NONE || m < *out)) {
				*out = m;
				*matched = p;
				*matched_len = len;
			}
		}
		if (!end)
			break;
		p = end + 1;
	}
	return 0;
}

/* The kg_id without its "type:" prefix. */
static const char *id_slug(const char *id)
{
	const char *colon = strchr(id, ':');

	return colon ? colon + 1 : id;
}

struct hit {
	size_t node;
	const char *matched;
	size_t len;
};

int vnkg_query_resolve(size_t *out, vnkg_table **candidates, const vnkg_graph *g, const char *name)
{
	static const char *const columns[] = {"kg_id", "type", "name", "matched"};
	struct hit *hits = NULL;
	struct query qy;
	size_t nodes, n, nhits = 0, i;
	char *fq = NULL, *norm = NULL;
	vnkg_table *t = NULL;
	int best = MATCH_NONE, error = 0;

	if (candidates)
		*candidates = NULL;
	if (!out || !g || !name) {
		vnkg_error_set("vnkg_query_resolve: no graph, name or output pointer given");
		return VNKG_EINVALID;
	}
	nodes = vnkg_graph_node_count(g);

	/* 1. the kg_id, or its part after "type:" ("nguyen-manh-hung") */
	if (vnkg_graph_find(g, &n, name) == 0) {
		*out = n;
		return 0;
	}

	error = vnkg_text_fold(&fq, name);
	if (error < 0)
		goto cleanup;
	/* the exact form compared as the text stage writes names: NFC, one
	 * tone-mark placement, spaces collapsed */
	error = vnkg_text_normalize(&norm, name, strlen(name));
	if (error < 0)
		goto cleanup;
	qy.folded = fq;
	qy.len = strlen(fq);
	qy.raw = norm;
	qy.rawlen = strlen(norm);
	while (qy.rawlen && *qy.raw == ' ') {
		qy.raw++;
		qy.rawlen--;
	}
	while (qy.rawlen && qy.raw[qy.rawlen - 1] == ' ')
		qy.rawlen--;
	if (qy.len == 0) {
		vnkg_error_set("no name given; name an entity, e.g. \"Nguyễn Mạnh Hùng\" or \"TCCNQP\"");
		error = VNKG_ENOTFOUND;
		goto cleanup;
	}
	qy.abbrev_ok = strchr(fq, ' ') == NULL;

	hits = malloc((nodes ? nodes : 1) * sizeof(*hits));
	if (!hits) {
		error = vnkg_i_oom();
		goto cleanup;
	}
	for (n = 0; n < nodes; n++) {
		const char *matched = NULL;
		size_t len = 0;
		int m;

		if (strcmp(id_slug(vnkg_i_q_node(g, n, VNKG_I_NODE_KG_ID)), name) == 0) {
			m = MATCH_ID;
			matched = vnkg_i_q_node(g, n, VNKG_I_NODE_KG_ID);
			len = strlen(matched);
		} else {
			error = match_node(&m, &matched, &len, g, n, &qy);
			if (error < 0)
				goto cleanup;
		}
		if (m == MATCH_NONE || (best != MATCH_NONE && m > best))
			continue;
		if (m < best || best == MATCH_NONE) {
			best = m;
			nhits = 0;
		}
		hits[nhits].node = n;
		hits[nhits].matched = matched;
		hits[nhits].len = len;
		nhits++;
	}

	if (nhits == 1) {
		*out = hits[0].node;
		goto cleanup;
	}
	if (nhits == 0) {
		vnkg_error_set("no entity matches \"%s\"; try fewer words, another spelling or an abbreviation",
			name);
		error = VNKG_ENOTFOUND;
		goto cleanup;
	}

	vnkg_error_set("\"%s\" matches %zu entities; give the full name or the kg_id", name, nhits);
	error = VNKG_EAMBIGUOUS;
	if (candidates) {
		int terror = vnkg_table_new(&t, 4, columns);

		for (i = 0; i < nhits && terror == 0; i++) {
			char *matched = vnkg_i_strndup(hits[i].matched, hits[i].len);
			const char *cells[4];

			if (!matched) {
				terror = VNKG_ENOMEM;
				break;
			}
			cells[0] = vnkg_i_q_node(g, hits[i].node, VNKG_I_NODE_KG_ID);
			cells[1] = vnkg_i_q_node(g, hits[i].node, VNKG_I_NODE_TYPE);
			cells[2] = vnkg_i_q_name(g, hits[i].node);
			cells[3] = matched;
			terror = vnkg_table_add_row(t, cells);
			free(matched);
		}
		if (terror < 0) {
			error = terror;
			goto cleanup;
		}
		/* keep the message about the ambiguity, not the table's */
		vnkg_error_set("\"%s\" matches %zu entities; give the full name or the kg_id", name, nhits);
		*candidates = t;
		t = NULL;
	}

cleanup:
	vnkg_table_free(t);
	free(hits);
	free(fq);
	free(norm);
	return error;
}
