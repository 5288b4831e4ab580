/* vnkg-bench-gen: writes a large synthetic knowledge graph in the genre's
 * shape, for timing the query commands.
 *
 *   vnkg-bench-gen [-n NODES] OUT.graphml
 *
 * Nodes: 30% persons, 15% bodies, 20% directives, 30% events, 5% places,
 * with Vietnamese names. Edges follow the relation mix of the news articles
 * (about two per node; the seeds' graph has 1.4): nearly every event has a
 * chair, whose role and rank at the time go on a holds_role edge, and many
 * have speakers, attendees, an organising body, directives disseminated and
 * implemented, a place; every directive has an issuing body; bodies sit
 * under other bodies. Persons are promoted and change posts over the years.
 * Evidence sentences are of the articles' length (100 to 300 bytes).
 * Popular bodies and persons are picked more often (a skewed draw), so
 * there are hubs as in real coverage. The output is deterministic: a fixed
 * seed, no clock. */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vnkg.h>

/* ----------------------------------------------------------- randomness */

static unsigned long long rng_state = 0x9E3779B97F4A7C15ULL;

static unsigned long rnd(void)
{
	/* xorshift64* */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return (unsigned long)((rng_state * 2685821657736338717ULL) >> 33);
}

static size_t uniform(size_t n)
{
	return n ? (size_t)(rnd() % n) : 0;
}

/* A skewed pick in [0, n): small indexes are more likely (the first of
 * 30,000 gets about 0.6% of the picks), so a few bodies and persons become
 * hubs. */
static size_t skewed(size_t n)
{
	double u = (double)(rnd() % 1000000) / 1000000.0;

	return n ? (size_t)((double)n * u * u) % n : 0;
}

static int chance(unsigned percent)
{
	return uniform(100) < percent;
}

/* --------------------------------------------------------------- words */

static const char *const family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
	"Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Lương", "Trịnh", "Đinh"};
static const char *const middle[] = {"Văn", "Mạnh", "Chí", "Hồng", "Thanh", "Trọng", "Quang", "Đức",
	"Minh", "Xuân", "Hữu", "Công", "Ngọc", "Thế", "Tiến", "Anh", "Bá", "Đình", "Quốc", "Viết", "Kim",
	"Duy", "Hoài", "Trung", "Việt", "Gia", "Khắc", "Phú", "Sỹ", "Tuấn", "Hải", "Thành", "Long", "Nam",
	"Bảo", "Đăng", "Huy", "Nhật", "Phúc", "Tất"};
static const char *const given[] = {"Hùng", "Tâm", "Diên", "Chương", "Đông", "An", "Bình", "Cường",
	"Dũng", "Giang", "Hải", "Hiếu", "Hòa", "Khánh", "Lâm", "Long", "Minh", "Nam", "Nghĩa", "Phong",
	"Quân", "Sơn", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn", "Trung", "Tú", "Tuấn", "Việt", "Vinh",
	"Vũ", "Xuân", "Yên", "Huy", "Kiên", "Lực", "Mạnh", "Ninh", "Phúc", "Quang", "Sáng", "Tài", "Thái",
	"Thuận", "Trí", "Trường", "Tùng", "Uy", "Văn", "Khải", "Đạt", "Định", "Đức", "Hưng", "Lợi", "Lộc",
	"Nhân", "Bảo"};
static const char *const ranks[] = {"Đại tá", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng"};
static const char *const posts[] = {"Chính ủy", "Tư lệnh", "Phó Chính ủy", "Phó Tư lệnh", "Chủ nhiệm Chính trị",
	"Phó Chủ nhiệm Chính trị", "Bí thư Đảng ủy, Chính ủy", "Cục trưởng", "Ủy viên", "Trưởng ban"};
static const char *const body_heads[] = {"Đảng ủy", "Cục Chính trị", "Ban Thường vụ Đảng ủy", "Bộ Tư lệnh",
	"Ban Tổ chức", "Phòng Chính trị", "Ủy ban Kiểm tra Đảng ủy", "Đảng bộ"};
static const char *const units[] = {"Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn",
	"Bộ Chỉ huy Quân sự tỉnh", "Binh đoàn", "Học viện", "Tổng cục", "Vùng Hải quân"};
static const char *const directive_kinds[] = {"Chỉ thị", "Nghị quyết", "Quy định", "Kế hoạch", "Hướng dẫn",
	"Kết luận"};
static const char *const directive_codes[] = {"CT/TW", "NQ/TW", "QĐ/TW", "KH/ĐU", "HD-CT", "KL/TW"};
static const char *const event_kinds[] = {"Hội nghị", "Đại hội", "Hội nghị", "Hội thảo", "Hội nghị"};
static const char *const event_topics[] = {"quán triệt, triển khai", "tổng kết công tác Đảng, công tác chính trị",
	"sơ kết thực hiện", "phối hợp công tác xây dựng đảng", "học tập, quán triệt",
	"triển khai nhiệm vụ", "rút kinh nghiệm"};
static const char *const provinces[] = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh",
	"Quảng Ninh", "Nghệ An", "Thanh Hóa", "Khánh Hòa", "Đồng Nai", "Bình Dương", "Lâm Đồng", "Huế",
	"Sơn La", "Điện Biên", "Lạng Sơn", "Cao Bằng", "Hà Giang", "Kiên Giang", "Cà Mau"};

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- graph */

static vnkg_graph *g;

static void die(const char *what)
{
	fprintf(stderr, "vnkg-bench-gen: %s: %s\n", what, vnkg_error_last());
	exit(1);
}

static size_t add_node(const char *id, const char *type, const char *label)
{
	size_t n;

	if (vnkg_graph_add_node(g, &n, id) < 0 || vnkg_graph_set_node_attr(g, n, "type", type) < 0 ||
	    vnkg_graph_set_node_attr(g, n, "label", label) < 0)
		die("adding a node");
	return n;
}

static void set_node(size_t n, const char *key, const char *value)
{
	if (vnkg_graph_set_node_attr(g, n, key, value) < 0)
		die("setting a node attribute");
}

static const char *relation_label(const char *rel)
{
	static const char *const pairs[][2] = {{"chaired", "chủ trì"}, {"attended", "dự"},
		{"directed", "chỉ đạo"}, {"spoke_at", "phát biểu"}, {"organized", "tổ chức"},
		{"disseminated", "quán triệt"}, {"implemented", "triển khai"}, {"issued", "ban hành"},
		{"holds_role", "giữ chức"}, {"part_of", "trực thuộc"}, {"held_at", "tại"},
		{"worked_with", "làm việc với"}, {"awarded", "trao"}, {"toward", "tiến tới"}};
	size_t i;

	for (i = 0; i < LEN(pairs); i++)
		if (strcmp(pairs[i][0], rel) == 0)
			return pairs[i][1];
	return rel;
}

static size_t add_edge(size_t from, size_t to, const char *rel, const char *date, const char *source,
	const char *evidence)
{
	size_t e;

	if (vnkg_graph_add_edge(g, &e, from, to) < 0 || vnkg_graph_set_edge_attr(g, e, "relation", rel) < 0 ||
	    vnkg_graph_set_edge_attr(g, e, "label", relation_label(rel)) < 0 ||
	    vnkg_graph_set_edge_attr(g, e, "date", date) < 0 ||
	    vnkg_graph_set_edge_attr(g, e, "source", source) < 0 ||
	    vnkg_graph_set_edge_attr(g, e, "evidence", evidence) < 0)
		die("adding an edge");
	if (chance(20) && vnkg_graph_set_edge_weight(g, e, (double)(2 + uniform(3))) < 0)
		die("setting a weight");
	return e;
}

/* A person's career: the rank and post held from a given year on. */
struct career {
	unsigned first_year;  /* first post from this year */
	unsigned change_year; /* promotion and new post from this year */
	unsigned rank;        /* index of the first rank */
	size_t body1, body2;  /* first post's and second post's body */
	unsigned post1, post2;
};

int main(int argc, char **argv)
{
	size_t nodes = 100000, persons, bodies, directives, events, places;
	size_t person0, body0, directive0, event0, place0, i, k;
	struct career *career = NULL;
	const char *out = NULL;
	char id[256], label[512], date[16], source[32], evidence[1024];
	int a;

	for (a = 1; a < argc; a++) {
		if (strcmp(argv[a], "-n") == 0 && a + 1 < argc) {
			char *end;

			nodes = strtoul(argv[++a], &end, 10);
			if (*end || nodes < 100) {
				fprintf(stderr, "vnkg-bench-gen: -n wants a number >= 100\n");
				return 2;
			}
		} else if (!out && argv[a][0] != '-') {
			out = argv[a];
		} else {
			fprintf(stderr, "usage: vnkg-bench-gen [-n NODES] OUT.graphml\n");
			return 2;
		}
	}
	if (!out) {
		fprintf(stderr, "usage: vnkg-bench-gen [-n NODES] OUT.graphml\n");
		return 2;
	}
	if (vnkg_global_init() < 0 || vnkg_graph_new(&g) < 0)
		die("initialising");

	persons = nodes * 30 / 100;
	bodies = nodes * 15 / 100;
	directives = nodes * 20 / 100;
	places = nodes * 5 / 100;
	events = nodes - persons - bodies - directives - places;

	/* persons: unique full names from family x middle x given, in a
	 * scattered order; a suffix only past the 48,000 combinations */
	person0 = vnkg_graph_node_count(g);
	career = calloc(persons, sizeof(*career));
	if (!career)
		return 1;
	for (i = 0; i < persons; i++) {
		size_t combos = LEN(family) * LEN(middle) * LEN(given);
		size_t c = (i * 7919u) % combos, round = i / combos;
		size_t n;

		snprintf(label, sizeof(label), "%s %s %s", family[c % LEN(family)],
			middle[(c / LEN(family)) % LEN(middle)], given[c / LEN(family) / LEN(middle)]);
		if (round)
			snprintf(label + strlen(label), sizeof(label) - strlen(label), " %zu", round + 1);
		snprintf(id, sizeof(id), "person:p%zu", i);
		n = add_node(id, "person", label);
		career[i].first_year = 2012 + (unsigned)uniform(8);
		career[i].change_year = career[i].first_year + 1 + (unsigned)uniform(5);
		career[i].rank = (unsigned)uniform(3);
		career[i].post1 = (unsigned)uniform(LEN(posts));
		career[i].post2 = (unsigned)uniform(LEN(posts));
		set_node(n, "rank", ranks[career[i].rank + 1]);
		snprintf(evidence, sizeof(evidence), "%s %s | %s %s", ranks[career[i].rank], label,
			ranks[career[i].rank + 1], label);
		set_node(n, "aliases", evidence);
	}

	/* bodies: "<head> <unit> <number>", the first ones are the big ones */
	body0 = vnkg_graph_node_count(g);
	for (i = 0; i < bodies; i++) {
		const char *head = body_heads[i % LEN(body_heads)];
		const char *unit = units[(i / LEN(body_heads)) % LEN(units)];
		size_t number = i / (LEN(body_heads) * LEN(units)) + 1;
		char abbr[64];
		size_t n;

		if (i == 0)
			snprintf(label, sizeof(label), "Bộ Chính trị");
		else if (i == 1)
			snprintf(label, sizeof(label), "Quân ủy Trung ương");
		else
			snprintf(label, sizeof(label), "%s %s %zu", head, unit, number);
		snprintf(id, sizeof(id), "body:b%zu", i);
		n = add_node(id, "body", label);
		if (i > 1 && (i % LEN(body_heads)) == 1) {
			snprintf(abbr, sizeof(abbr), "CCT %s %zu", unit, number);
			set_node(n, "aliases", abbr);
		}
	}
	for (i = 0; i < persons; i++) {
		career[i].body1 = body0 + skewed(bodies);
		career[i].body2 = body0 + skewed(bodies);
	}

	directive0 = vnkg_graph_node_count(g);
	for (i = 0; i < directives; i++) {
		unsigned kind = (unsigned)uniform(LEN(directive_kinds));
		size_t n;

		snprintf(label, sizeof(label), "%s %zu-%s", directive_kinds[kind], i + 1, directive_codes[kind]);
		snprintf(id, sizeof(id), "directive:d%zu", i);
		n = add_node(id, "directive", label);
		set_node(n, "kind", directive_kinds[kind]);
		snprintf(label, sizeof(label), "%zu-%s", i + 1, directive_codes[kind]);
		set_node(n, "number", label);
		if (chance(60)) {
			snprintf(date, sizeof(date), "%u-%02u-%02u", 2012 + (unsigned)uniform(13),
				1 + (unsigned)uniform(12), 1 + (unsigned)uniform(28));
			set_node(n, "date", date);
		}
	}

	event0 = vnkg_graph_node_count(g);
	for (i = 0; i < events; i++) {
		unsigned kind = (unsigned)uniform(LEN(event_kinds));
		size_t n;

		snprintf(label, sizeof(label), "%s %s năm %u số %zu", event_kinds[kind],
			event_topics[uniform(LEN(event_topics))], 2012 + (unsigned)uniform(13), i + 1);
		snprintf(id, sizeof(id), "event:e%zu", i);
		n = add_node(id, "event", label);
		set_node(n, "kind", kind == 1 ? "đại hội" : kind == 3 ? "hội thảo" : "hội nghị");
	}

	place0 = vnkg_graph_node_count(g);
	for (i = 0; i < places; i++) {
		size_t n;

		if (i < LEN(provinces))
			snprintf(label, sizeof(label), "%s", provinces[i]);
		else
			snprintf(label, sizeof(label), "Xã %s %zu", given[i % LEN(given)], i);
		snprintf(id, sizeof(id), "place:l%zu", i);
		n = add_node(id, "place", label);
		(void)n;
	}

	/* bodies under bodies */
	for (i = 2; i < bodies; i++) {
		if (!chance(80))
			continue;
		k = skewed(i);
		snprintf(source, sizeof(source), "a%06zu", uniform(events));
		snprintf(evidence, sizeof(evidence), "%s trực thuộc %s.",
			vnkg_graph_node_attr(g, body0 + i, "label"), vnkg_graph_node_attr(g, body0 + k, "label"));
		add_edge(body0 + i, body0 + k, "part_of", "", source, evidence);
	}

	/* directives and their issuers */
	for (i = 0; i < directives; i++) {
		size_t body = body0 + skewed(bodies);

		snprintf(source, sizeof(source), "a%06zu", uniform(events));
		snprintf(evidence, sizeof(evidence), "%s của %s về tăng cường công tác xây dựng Đảng.",
			vnkg_graph_node_attr(g, directive0 + i, "label"), vnkg_graph_node_attr(g, body, "label"));
		add_edge(body, directive0 + i, "issued", vnkg_graph_node_attr(g, directive0 + i, "date"), source,
			evidence);
	}

	/* events: one article each; the chair, speakers, attendees, the
	 * organiser, directives, the place */
	for (i = 0; i < events; i++) {
		size_t ev = event0 + i, chair = person0 + skewed(persons), p, d, body;
		unsigned year = 2012 + (unsigned)uniform(13);
		const struct career *c = &career[chair - person0];
		unsigned later = year >= c->change_year;
		const char *ev_label = vnkg_graph_node_attr(g, ev, "label");
		const char *chair_label = vnkg_graph_node_attr(g, chair, "label");
		size_t role_edge;

		snprintf(source, sizeof(source), "a%06zu", i);
		if (chance(88)) {
			snprintf(date, sizeof(date), "%u-%02u-%02u", year, 1 + (unsigned)uniform(12),
				1 + (unsigned)uniform(28));
			set_node(ev, "date", date);
			set_node(ev, "date_precision", "day");
		} else if (chance(40)) {
			snprintf(date, sizeof(date), "%u", year);
			set_node(ev, "date", date);
			set_node(ev, "date_precision", "year");
		} else {
			date[0] = '\0';
			set_node(ev, "date_precision", "unknown");
		}
		set_node(ev, "sources", source);

		snprintf(evidence, sizeof(evidence), "%s %s, %s %s chủ trì %s; dự hội nghị có các đồng chí "
			"trong Ban Thường vụ, lãnh đạo, chỉ huy các cơ quan, đơn vị.", ranks[c->rank + later],
			chair_label, posts[later ? c->post2 : c->post1],
			vnkg_graph_node_attr(g, later ? c->body2 : c->body1, "label"), ev_label);
		add_edge(chair, ev, "chaired", date, source, evidence);
		role_edge = add_edge(chair, later ? c->body2 : c->body1, "holds_role", date, source, evidence);
		if (vnkg_graph_set_edge_attr(g, role_edge, "role", posts[later ? c->post2 : c->post1]) < 0 ||
		    vnkg_graph_set_edge_attr(g, role_edge, "rank", ranks[c->rank + later]) < 0)
			die("setting a role");
		if (chance(50))
			add_edge(chair, ev, "spoke_at", date, source, evidence);

		for (k = uniform(2); k > 0; k--) {
			p = person0 + skewed(persons);
			snprintf(evidence, sizeof(evidence), "Dự hội nghị có đồng chí %s, cùng lãnh đạo, chỉ huy "
				"các cơ quan, đơn vị trực thuộc và đại biểu các ban, ngành liên quan.",
				vnkg_graph_node_attr(g, p, "label"));
			add_edge(p, ev, chance(30) ? "directed" : "attended", date, source, evidence);
		}
		if (chance(30)) {
			p = person0 + skewed(persons);
			snprintf(evidence, sizeof(evidence), "Phát biểu chỉ đạo, đồng chí %s đánh giá cao kết quả "
				"đạt được và yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, thực hiện tốt "
				"các nội dung đã đề ra tại %s.",
				vnkg_graph_node_attr(g, p, "label"), ev_label);
			add_edge(p, ev, "spoke_at", date, source, evidence);
		}
		if (chance(60)) {
			body = body0 + skewed(bodies);
			snprintf(evidence, sizeof(evidence), "%s tổ chức %s.", vnkg_graph_node_attr(g, body, "label"),
				ev_label);
			add_edge(body, ev, "organized", date, source, evidence);
		}
		for (k = uniform(3); k > 0; k--) {
			d = directive0 + skewed(directives);
			snprintf(evidence, sizeof(evidence), "Tại hội nghị, các đại biểu đã được nghe quán "
				"triệt những nội dung cơ bản của %s và kế hoạch triển khai thực hiện.",
				vnkg_graph_node_attr(g, d, "label"));
			add_edge(ev, d, "disseminated", date, source, evidence);
			if (chance(40))
				add_edge(ev, d, "implemented", date, source, evidence);
		}
		if (chance(30)) {
			size_t place = place0 + skewed(places);

			snprintf(evidence, sizeof(evidence), "%s diễn ra tại %s.", ev_label,
				vnkg_graph_node_attr(g, place, "label"));
			add_edge(ev, place, "held_at", date, source, evidence);
		}
		if (i > 0 && chance(8)) {
			size_t to = event0 + uniform(i);

			snprintf(evidence, sizeof(evidence), "Tiến tới %s.", vnkg_graph_node_attr(g, to, "label"));
			add_edge(ev, to, "toward", "", source, evidence);
		}
		if (chance(4)) {
			body = body0 + skewed(bodies);
			snprintf(evidence, sizeof(evidence), "Đồng chí %s làm việc với %s.", chair_label,
				vnkg_graph_node_attr(g, body, "label"));
			add_edge(chair, body, chance(50) ? "worked_with" : "awarded", date, source, evidence);
		}
	}

	if (vnkg_write_graphml(g, out) < 0)
		die(out);
	fprintf(stderr, "vnkg-bench-gen: %zu nodes (%zu persons, %zu bodies, %zu directives, %zu events, %zu places), "
		"%zu edges -> %s\n", vnkg_graph_node_count(g), persons, bodies, directives, events, places,
		vnkg_graph_edge_count(g), out);
	free(career);
	vnkg_graph_free(g);
	vnkg_global_shutdown();
	return 0;
}
