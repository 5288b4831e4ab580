#include "extract/lexicon.h"

/* Body head-words. Matching takes the longest head that fits the text, so
 * "Bộ Chỉ huy Quân sự" wins over "Bộ" and "Tổng cục Chính trị" over "Tổng cục". */
const vnkg_i_head vnkg_i_heads[] = {
	/* one-of-a-kind national bodies */
	{"Bộ Chính trị", HEAD_FIXED, NULL, 0, 1},
	{"Ban Bí thư", HEAD_FIXED, NULL, 0, 1},
	{"Quân ủy Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Đảng ủy Công an Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ban Chấp hành Trung ương Đảng", HEAD_FIXED, NULL, 0, 1},
	{"Ban Chấp hành Trung ương", HEAD_FIXED, "Ban Chấp hành Trung ương Đảng", 0, 1},
	{"Trung ương Đảng", HEAD_FIXED, "Ban Chấp hành Trung ương Đảng", 0, 1},
	{"Chính phủ", HEAD_FIXED, NULL, 0, 1},
	{"Văn phòng Chính phủ", HEAD_FIXED, NULL, 0, 1},
	{"Quốc hội", HEAD_FIXED, NULL, 0, 1},
	{"Văn phòng Quốc hội", HEAD_FIXED, NULL, 0, 1},
	{"Bộ Quốc phòng", HEAD_FIXED, NULL, 1, 1},
	{"Bộ Công an", HEAD_FIXED, NULL, 1, 1},
	{"Bộ Tổng Tham mưu", HEAD_FIXED, NULL, 1, 1},
	{"Tổng cục Chính trị", HEAD_FIXED, NULL, 1, 1},
	{"Tổng cục Hậu cần", HEAD_FIXED, NULL, 1, 1},
	{"Tổng cục Kỹ thuật", HEAD_FIXED, NULL, 1, 1},
	{"Tổng cục Tình báo", HEAD_FIXED, NULL, 1, 1},
	{"Tổng cục Hậu cần - Kỹ thuật", HEAD_FIXED, NULL, 1, 1},
	{"Ban Tổ chức Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ban Tuyên giáo Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ban Dân vận Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ban Nội chính Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ban Kinh tế Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ủy ban Kiểm tra Trung ương", HEAD_FIXED, NULL, 0, 1},
	{"Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", HEAD_FIXED, NULL, 0, 1},
	{"Mặt trận Tổ quốc Việt Nam", HEAD_FIXED, NULL, 0, 1},
	{"Quân chủng Phòng không - Không quân", HEAD_FIXED, NULL, 1, 1},
	{"Quân chủng Hải quân", HEAD_FIXED, NULL, 1, 1},
	{"Cảnh sát biển Việt Nam", HEAD_FIXED, NULL, 1, 1},
	{"Quân đội nhân dân Việt Nam", HEAD_FIXED, NULL, 0, 1},
	{"Quân đội", HEAD_FIXED, "Quân đội nhân dân Việt Nam", 0, 1},
	{"Học viện Chính trị quốc gia Hồ Chí Minh", HEAD_FIXED, NULL, 1, 1},
	{"Học viện Quốc phòng", HEAD_FIXED, NULL, 1, 1},
	{"Học viện Chính trị", HEAD_FIXED, NULL, 1, 1},
	{"Bộ đội Biên phòng", HEAD_LOCAL, NULL, 1, 0},
	{"Bộ Tư lệnh Bộ đội Biên phòng", HEAD_FIXED, NULL, 1, 1},
	{"Bộ Tư lệnh Cảnh sát biển", HEAD_FIXED, NULL, 1, 1},
	{"Bộ Tư lệnh Thủ đô Hà Nội", HEAD_FIXED, NULL, 1, 0},
	{"Bộ Tư lệnh Thủ đô", HEAD_FIXED, "Bộ Tư lệnh Thủ đô Hà Nội", 1, 0},
	{"Bộ Tư lệnh Thành phố Hồ Chí Minh", HEAD_FIXED, NULL, 1, 0},
	{"Bộ Tư lệnh Lăng Chủ tịch Hồ Chí Minh", HEAD_FIXED, NULL, 1, 1},

	/* numbered units */
	{"Quân khu", HEAD_NUMBERED, NULL, 1, 0},
	{"Quân đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Binh đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Sư đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Lữ đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Trung đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Tiểu đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Đại đội", HEAD_NUMBERED, NULL, 1, 0},
	{"Trung đội", HEAD_NUMBERED, NULL, 1, 0},
	{"Hải đội", HEAD_NUMBERED, NULL, 1, 0},
	{"Hải đoàn", HEAD_NUMBERED, NULL, 1, 0},
	{"Vùng Cảnh sát biển", HEAD_NUMBERED, NULL, 1, 0},
	{"Vùng", HEAD_NUMBERED, NULL, 1, 0},

	/* bodies of a place: Tỉnh ủy Nghệ An, Công an tỉnh Thái Bình */
	{"Tỉnh ủy", HEAD_LOCAL, NULL, 1, 0},
	{"Thành ủy", HEAD_LOCAL, NULL, 1, 0},
	{"Huyện ủy", HEAD_LOCAL, NULL, 1, 0},
	{"Quận ủy", HEAD_LOCAL, NULL, 1, 0},
	{"Thị ủy", HEAD_LOCAL, NULL, 1, 0},
	{"Đảng ủy Quân sự", HEAD_LOCAL, NULL, 1, 0},
	{"Bộ Chỉ huy Quân sự", HEAD_LOCAL, NULL, 1, 0},
	{"Bộ Chỉ huy Bộ đội Biên phòng", HEAD_LOCAL, NULL, 1, 0},
	{"Ban Chỉ huy Quân sự", HEAD_LOCAL, NULL, 1, 0},
	{"Công an", HEAD_LOCAL, NULL, 1, 0},
	{"Ủy ban nhân dân", HEAD_LOCAL, NULL, 1, 0},
	{"Hội đồng nhân dân", HEAD_LOCAL, NULL, 1, 0},
	{"Ủy ban Mặt trận Tổ quốc Việt Nam", HEAD_LOCAL, NULL, 1, 0},
	{"Ủy ban Mặt trận Tổ quốc", HEAD_LOCAL, "Ủy ban Mặt trận Tổ quốc Việt Nam", 1, 0},
	{"Hội đồng Nghĩa vụ quân sự", HEAD_LOCAL, NULL, 1, 0},
	{"Tòa án nhân dân", HEAD_LOCAL, NULL, 1, 0},
	{"Viện Kiểm sát nhân dân", HEAD_LOCAL, NULL, 1, 0},
	{"Đoàn đại biểu Quốc hội", HEAD_LOCAL, NULL, 1, 0},

	/* parts of a body: need an owner (given, or the article's unit) */
	{"Đảng ủy", HEAD_OWNED, NULL, 0, 0},
	{"Đảng bộ", HEAD_OWNED, NULL, 0, 0},
	{"Ban Thường vụ", HEAD_OWNED, NULL, 0, 0},
	{"Thường vụ", HEAD_OWNED, "Ban Thường vụ", 0, 0},
	{"Thường trực", HEAD_OWNED, NULL, 0, 0},
	{"Ủy ban Kiểm tra", HEAD_OWNED, NULL, 0, 0},
	{"Ban Chấp hành", HEAD_OWNED, NULL, 0, 0},
	{"Cục Chính trị", HEAD_OWNED, NULL, 0, 0},
	{"Cục Hậu cần", HEAD_OWNED, NULL, 0, 0},
	{"Cục Kỹ thuật", HEAD_OWNED, NULL, 0, 0},
	{"Cục Hậu cần - Kỹ thuật", HEAD_OWNED, NULL, 0, 0},
	{"Bộ Tham mưu", HEAD_OWNED, NULL, 0, 0},
	{"Bộ Tư lệnh", HEAD_OWNED, NULL, 0, 0},
	{"Phòng Chính trị", HEAD_OWNED, NULL, 0, 0},
	{"Phòng Tham mưu", HEAD_OWNED, NULL, 0, 0},
	{"Phòng Hậu cần", HEAD_OWNED, NULL, 0, 0},
	{"Phòng Kỹ thuật", HEAD_OWNED, NULL, 0, 0},
	{"Ban Giám đốc", HEAD_OWNED, NULL, 0, 0},
	{"Ban Tổ chức", HEAD_OWNED, NULL, 0, 0},
	{"Ban Tuyên giáo", HEAD_OWNED, NULL, 0, 0},
	{"Ban Dân vận", HEAD_OWNED, NULL, 0, 0},
	{"Ban Nội chính", HEAD_OWNED, NULL, 0, 0},
	{"Ban Tuyên huấn", HEAD_OWNED, NULL, 0, 0},
	{"Văn phòng", HEAD_OWNED, NULL, 0, 0},

	/* named bodies: Tổng cục Công nghiệp Quốc phòng, Bộ Tài chính */
	{"Tổng cục", HEAD_NAMED, NULL, 1, 0},
	{"Cục", HEAD_NAMED, NULL, 1, 0},
	{"Bộ", HEAD_NAMED, NULL, 1, 0},
	{"Học viện", HEAD_NAMED, NULL, 1, 0},
	{"Trường Sĩ quan", HEAD_NAMED, NULL, 1, 0},
	{"Trường", HEAD_NAMED, NULL, 1, 0},
	{"Viện", HEAD_NAMED, NULL, 1, 0},
	{"Bệnh viện", HEAD_NAMED, NULL, 1, 0},
	{"Bệnh xá", HEAD_NAMED, NULL, 1, 0},
	{"Đồn Biên phòng", HEAD_NAMED, NULL, 1, 0},
	{"Đồn Công an", HEAD_NAMED, NULL, 1, 0},
	{"Quân chủng", HEAD_NAMED, NULL, 1, 0},
	{"Binh chủng", HEAD_NAMED, NULL, 1, 0},
	{"Tổng công ty", HEAD_NAMED, NULL, 1, 0},
	{"Tập đoàn", HEAD_NAMED, NULL, 1, 0},
	{"Sở", HEAD_NAMED, NULL, 1, 0},
	{"Ban", HEAD_NAMED, NULL, 0, 0},
	{"Phòng", HEAD_NAMED, NULL, 0, 0},
	{"Khoa", HEAD_NAMED, NULL, 0, 0},
	{"Ủy ban", HEAD_NAMED, NULL, 0, 0},
	{"Hội", HEAD_NAMED, NULL, 1, 0},
	{"Nhà trường", HEAD_NAMED, NULL, 1, 0},
	{"Hội đồng", HEAD_NAMED, NULL, 0, 0},
};
const size_t vnkg_i_heads_count = sizeof(vnkg_i_heads) / sizeof(vnkg_i_heads[0]);

/* Abbreviations common to the genre; an article's own "(ABBR)" definitions
 * are added to these while it is read. */
const vnkg_i_abbr vnkg_i_abbrs[] = {
	{"QUTW", "Quân ủy Trung ương"},
	{"BCT", "Bộ Chính trị"},
	{"BQP", "Bộ Quốc phòng"},
	{"BCA", "Bộ Công an"},
	{"BTTM", "Bộ Tổng Tham mưu"},
	{"TCCT", "Tổng cục Chính trị"},
	{"TCHC", "Tổng cục Hậu cần"},
	{"TCKT", "Tổng cục Kỹ thuật"},
	{"BCH", "Ban Chấp hành"},
	{"BTV", "Ban Thường vụ"},
	{"UBKT", "Ủy ban Kiểm tra"},
	{"UBND", "Ủy ban nhân dân"},
	{"HĐND", "Hội đồng nhân dân"},
	{"MTTQ", "Mặt trận Tổ quốc"},
	{"BTL", "Bộ Tư lệnh"},
	{"BCHQS", "Bộ Chỉ huy Quân sự"},
	{"CHQS", "Chỉ huy Quân sự"},
	{"BĐBP", "Bộ đội Biên phòng"},
	{"QĐND", "Quân đội nhân dân"},
	{"CAND", "Công an nhân dân"},
	{"LLVT", "lực lượng vũ trang"},
	{"NVQS", "Nghĩa vụ quân sự"},
	{"CSGT", "Cảnh sát giao thông"},
	{"CSCĐ", "Cảnh sát cơ động"},
	{"PCCC", "phòng cháy, chữa cháy"},
	{"TW", "Trung ương"},
	{"TP", "thành phố"},
	{"KH&ĐT", "Kế hoạch và Đầu tư"},
	{"LĐ-TB&XH", "Lao động - Thương binh và Xã hội"},
};
const size_t vnkg_i_abbrs_count = sizeof(vnkg_i_abbrs) / sizeof(vnkg_i_abbrs[0]);

const char *const vnkg_i_ranks[] = {
	"Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
	"Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
	"Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn úy",
	"Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì",
	"Chuẩn Đô đốc", "Phó Đô đốc", "Đô đốc",
	NULL,
};

const char *const vnkg_i_honorifics[] = {
	"GS.TS", "PGS.TS", "GS", "PGS", "TSKH", "TS", "ThS", "CN", "BS", "BSCKII", "BSCKI",
	"Bác sĩ", "Dược sĩ", "Kỹ sư", "Luật sư", "Nhà giáo Nhân dân", "Nhà giáo Ưu tú",
	"NGND", "NGƯT", "Anh hùng Lực lượng vũ trang nhân dân", "Anh hùng LLVT nhân dân",
	NULL,
};

/* Posts. "Phó " and " Thường trực" are added by the matcher. Longest first
 * within a shared prefix is not needed: the matcher keeps the longest match. */
const char *const vnkg_i_titles[] = {
	"Tổng Bí thư", "Chủ tịch nước", "Chủ tịch Quốc hội", "Thủ tướng",
	"Bí thư Đảng ủy", "Bí thư", "Chính ủy", "Chính trị viên", "Tư lệnh",
	"Tổng Tham mưu trưởng", "Tham mưu trưởng",
	"Chủ nhiệm Chính trị", "Chủ nhiệm Hậu cần - Kỹ thuật", "Chủ nhiệm Hậu cần", "Chủ nhiệm Kỹ thuật",
	"Chủ nhiệm Quân y", "Chủ nhiệm", "Tổng cục trưởng", "Cục trưởng",
	"Tổng Giám đốc", "Giám đốc", "Chủ tịch", "Trưởng Ban", "Trưởng ban", "Trưởng Phòng",
	"Trưởng phòng", "Trưởng Khoa", "Trưởng khoa", "Ủy viên", "Bộ trưởng", "Thứ trưởng",
	"Chỉ huy trưởng", "Hiệu trưởng", "Viện trưởng", "Sư đoàn trưởng", "Lữ đoàn trưởng",
	"Trung đoàn trưởng", "Tiểu đoàn trưởng", "Đại đội trưởng", "Trung đội trưởng", "Tiểu đội trưởng", "Đoàn trưởng", "Hải đội trưởng", "Trợ lý",
	"Chánh Văn phòng", "Chánh án", "Tổng Thư ký", "Tổng thư ký", "Đại biểu Quốc hội",
	"Tỉnh ủy viên", "Thành ủy viên", "Huyện ủy viên", "Trưởng Công an", "Trưởng đoàn",
	"Đại sứ", "Người phát ngôn",
	NULL,
};

/* Titles written before a name: "Bộ trưởng Bộ Tài chính Lê Văn Tường". */
const char *const vnkg_i_prename_titles[] = {
	"Tổng Bí thư", "Chủ tịch nước", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội",
	"Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch",
	"Bí thư", "Phó Bí thư", "Giám đốc", "Phó Giám đốc", "Tư lệnh", "Phó Tư lệnh",
	"Chính ủy", "Phó Chính ủy", "Đại sứ", "Chủ nhiệm", "Phó Chủ nhiệm",
	NULL,
};

const char *const vnkg_i_surnames[] = {
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
	"Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lâm", "Lương", "Đinh", "Trịnh", "Đào", "Mai", "Cao",
	"Hà", "Tạ", "Chu", "Kiều", "Đàm", "Phí", "Ninh", "Ma", "Nông", "Lăng", "Vi", "Sùng",
	"Thạch", "Quách", "Lò", "Tôn", "Khổng", "Đoàn", "Mạc", "Phùng", "Vương", "Nghiêm",
	"Trương", "Lưu", "Triệu", "Tô", "Đồng", "Giáp", "Hứa", "Khúc", "Kim", "Lã", "La", "Lục",
	"Ông", "Tăng", "Thái", "Thân", "Tiêu", "Từ", "Vy", "Hầu", "Giàng", "Thào", "Vừ", "Mùa",
	"Sầm", "Tống", "Quan", "Âu", "Bạch", "Bế", "Cù", "Diệp", "Doãn", "Đường", "Hàn", "Kha",
	"Khương", "Lại", "Liêu", "Nhữ", "Phương", "Tào", "Trình", "Ứng", "Mông", "Đới", "Chế",
	"Lữ", "Mã", "Lều", "Lưu", "Mẫn",
	"Nhâm", "Ôn", "Thiều", "Trầm", "Cấn", "Chử", "Đậu", "Khuất", "Lạc",
	/* names of the northern and central highlands' peoples */
	"Vàng", "Lầu", "Lù", "Tráng", "Chảo", "Phàn", "Bàn", "Hờ", "Cứ", "Y", "A", "Rơ", "Ksor", "Siu",
	"Nay", "Kpă", "Rcom", "Niê", "Byă", "Xa", "Lường", "Điểu",
	NULL,
};

/* Words that continue a body's name in lower case ("Công nghiệp quốc phòng").
 * Each entry is matched as a whole (one or two syllables). */
const char *const vnkg_i_name_words[] = {
	"quốc phòng", "an ninh", "chính trị", "nhân dân", "quốc gia", "quân sự", "vũ trang",
	"hậu cần", "kỹ thuật", "tài chính", "đầu tư", "tư pháp", "nội vụ", "ngoại giao",
	"văn hóa", "thể thao", "du lịch", "xã hội", "kinh tế", "thông tin", "truyền thông",
	"công nghiệp", "nông nghiệp", "nông thôn", "giao thông", "vận tải",
	"khoa học", "công nghệ", "y tế", "lao động",
	"thương binh", "tài nguyên", "môi trường", "biên phòng", "cảnh sát", "hải quân",
	"phòng không", "không quân", "tác chiến", "dân vận", "tuyên giáo",
	"tuyên huấn", "quân lực", "quân huấn", "dân quân", "tự vệ",
	"nghĩa vụ", "cơ yếu", "tình báo", "quân y", "công an", "kiểm sát",
	"công thương", "nhà nước", "quân đội", "quân khu", "tư lệnh", "tham mưu", "biên giới",
	"việt nam", "hồ chí minh", "cơ động", "đặc công", "pháo binh", "công binh", "hóa học",
	"thông tin liên lạc", "quốc tế", "đối ngoại", "pháp chế",
	"kế hoạch", "tâm lý", "tâm lý học", "dân tộc", "tôn giáo",
	"chính sách", "quân nhu", "doanh trại", "xăng dầu", "quân báo", "trinh sát",
	"tác huấn", "quân lực", "tài vụ", "kinh tế", "bảo hiểm", "nội chính", "mặt trận",
	"tổ quốc", "thương mại", "ngân hàng", "điện lực", "bưu chính", "viễn thông", "hàng không",
	"hàng hải", "đường sắt", "lý luận", "lịch sử", "quân sự địa phương", "chiến binh", "cựu chiến binh",
	"phụ nữ", "nông dân", "thanh niên", "liên hiệp", "chữ thập đỏ", "cảnh sát biển", "chiến lược", "lục quân", "quân y",
	"hình sự", "ma túy", "trật tự", "điều tra", "phòng cháy", "chữa cháy", "quản lý hành chính",
	"xuất nhập cảnh", "an ninh mạng", "cơ yếu", "kinh tế", "giao thông", "đặc nhiệm",
	NULL,
};

const char *const vnkg_i_localities[] = {
	"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "Thủ đô",
	NULL,
};

const char *const vnkg_i_event_nouns[] = {
	"hội nghị", "đại hội", "hội thảo", "buổi làm việc", "cuộc họp", "phiên họp", "buổi lễ",
	"lễ", "hội thao", "tọa đàm", "diễn tập", "giao ban", "hội nghị trực tuyến", "kỳ họp",
	"lớp tập huấn", "lớp bồi dưỡng", "cuộc diễn tập", "buổi tiếp", "lễ kỷ niệm",
	NULL,
};

const char *const vnkg_i_directive_kinds[] = {
	"Chỉ thị", "Nghị quyết", "Quy định", "Quyết định", "Kế hoạch", "Hướng dẫn", "Kết luận",
	"Thông tư", "Nghị định", "Luật", "Quy chế", "Thông báo", "Đề án", "Chương trình",
	"Mệnh lệnh", "Công văn", "Thông tri", "Chiến lược", "Pháp lệnh", "Điều lệ",
	NULL,
};
