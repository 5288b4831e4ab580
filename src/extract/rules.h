#ifndef VNKG_EXTRACT_RULES_H
#define VNKG_EXTRACT_RULES_H

/* The PCRE2 rule sets of the extract stage, compiled (and JIT-compiled) once
 * per process by vnkg_global_init(). Private to the library. */

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>

typedef enum {
	RE_DIRECTIVE,    /* Chỉ thị số 2889-CT/ĐU ngày 10/9/2024 */
	RE_DIRECTIVE_TW, /* Nghị quyết Trung ương 8 (khóa XIII) */
	RE_DIRECTIVE_HN, /* Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng (khóa XIII) */
	RE_DIRECTIVE_NAMED, /* Chỉ thị CTĐ, CTCT năm 2020 của ... */
	RE_DIRECTIVE_OF, /* Nghị quyết của Đảng ủy Quân khu về ... năm 2023 */
	RE_DIRECTIVE_LAW, /* Luật Nghĩa vụ quân sự năm 2015 */
	RE_DATE_LEAD,    /* Sáng 06-4, / Chiều nay (27/6), / Ngày 12-11-2023, / Trong 2 ngày 14 và 15/5 */
	RE_DATE_ANY,     /* sáng 5/6 inside a sentence */
	RE_DATE_DAY,     /* any day form anywhere: groups 1-3 day, month, year */
	RE_DATE_FULL,    /* 10/9/2024, 10-7-2018 */
	RE_YEAR,         /* năm 2019, quý IV/2019, tháng 8/2025 */
	RE_MASTHEAD_QK,  /* QK7 Online */
	RE_CONGRESS,     /* Đại hội ... lần thứ XIV (của Đảng) (, nhiệm kỳ 2020-2025) */
	RE_CUE_CHAIR,    /* (đồng) chủ trì */
	RE_CUE_CHAIR_BY, /* dưới sự chủ trì của */
	RE_CUE_ATTEND_HAS, /* Dự hội nghị có / Cùng dự có / Tham dự ... có */
	RE_CUE_ATTEND,   /* dự (và chỉ đạo) */
	RE_CUE_ATTEND_BY, /* có sự tham dự của */
	RE_CUE_SPEAK,    /* phát biểu / trình bày / báo cáo / quán triệt */
	RE_CUE_FRONT,    /* Phát biểu khai mạc, / Kết luận hội nghị, / Báo cáo tại ..., */
	RE_CUE_SPEECH_OF, /* tham luận của */
	RE_CUE_DIRECT,   /* chỉ đạo (after dự / phát biểu) */
	RE_CUE_DISSEM,   /* quán triệt */
	RE_CUE_PART_OF,  /* trực thuộc */
	RE_PLACE_LOC,    /* ..., tỉnh Quảng Nam (after "tại ...") */
	RE_CUE_IMPL,     /* triển khai (thực hiện) */
	RE_CUE_ORGANIZE, /* (đã) tổ chức + event noun */
	RE_CUE_WORK,     /* làm việc với */
	RE_CUE_AWARD,    /* trao */
	RE_CUE_GIFT,     /* tặng */
	RE_CUE_TOWARD,   /* tiến tới */
	RE_CUE_ISSUE,    /* ban hành */
	RE_EVENT_NOUN,   /* hội nghị, Đại hội, buổi làm việc, ... */
	RE_DIRECTIVE_CONGRESS, /* Nghị quyết Đại hội Đảng bộ tỉnh ... lần thứ XIX */
	RE_DIRECTIVE_SUBJ_OF,  /* mệnh lệnh huấn luyện của Tư lệnh Vùng */
	RE_DIRECTIVE_SUBJ_YEAR, /* ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2021 */
	RE__COUNT
} vnkg_i_rule;

typedef struct vnkg_i_rules {
	pcre2_code *re[RE__COUNT];
} vnkg_i_rules;

/* Compiles every rule once. Returns 0 or VNKG_ERROR naming the rule. */
int vnkg_i_rules_init(void);
/* The compiled rules (after vnkg_i_rules_init), or NULL. */
const vnkg_i_rules *vnkg_i_rules_get(void);
void vnkg_i_rules_free(void);

/* Finds the next match of rule `r` in s[0..len) at or after `from`. Returns 1
 * and the offset vector in *ov (pairs), 0 when there is none. */
int vnkg_i_rule_find(vnkg_i_rule r, pcre2_match_data *md, const char *s, size_t len, size_t from,
		     PCRE2_SIZE **ov);

/* Length of capture group g of the last match, and whether it matched. */
int vnkg_i_group(const PCRE2_SIZE *ov, int g, size_t *start, size_t *end);

#endif
