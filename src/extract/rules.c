#include "extract/rules.h"

#include <stdio.h>
#include <string.h>

#include "vnkg/common.h"

/* Event nouns and cue phrases. Everything is matched with PCRE2_UTF | PCRE2_UCP
 * so \b, \w and \p{Lu} understand Vietnamese letters. */

#define KINDS "Chỉ thị|Nghị quyết|Quy định|Quyết định|Kế hoạch|Hướng dẫn|Kết luận|Thông tư|Nghị định|Luật|Quy chế|Thông báo kết luận|Thông báo|Đề án|Chương trình|Mệnh lệnh|Công văn|Thông tri|Pháp lệnh|Chỉ lệnh"
#define CODE "[\\p{Lu}][\\p{L}\\d&]*(?:[/-][\\p{L}\\d&]+)*"
/* a code as typed in real pages: "QĐ - BQP", "KH/ HU" (spaces around a
 * separator, then capitals only, so "CT/TW - Học tập" stops at the code) */
#define SPACED_CODE "[\\p{Lu}][\\p{L}\\d&]*(?:[/-][\\p{L}\\d&]+|\\s*[-–/]\\s*[\\p{Lu}\\d][\\p{Lu}\\d&]*(?![\\p{L}\\d]))*"
/* kinds written as their abbreviation, only with a code: "NQ 1658-NQ/QUTW" */
#define KIND_ABBRS "NQ|CT|QĐ|KL|KH|HD|NĐ|TT|QĐ"
/* kinds a document is named by its subject with ("nghị quyết lãnh đạo ...") */
#define SUBJ_KINDS "(?i:nghị quyết|chỉ thị|mệnh lệnh|kế hoạch|hướng dẫn|kết luận|quyết định|chỉ lệnh)"
#define EVENT_NOUNS "hội nghị|Hội nghị|đại hội|Đại hội|hội thảo|Hội thảo|buổi làm việc|cuộc họp|Cuộc họp|phiên họp|Phiên họp|buổi lễ|Lễ|lễ|hội thao|Hội thao|hội thi|Hội thi|hội diễn|Hội diễn|tọa đàm|Tọa đàm|diễn đàn|Diễn đàn|cuộc diễn tập|diễn tập|giao ban|kỳ họp|Kỳ họp|lớp tập huấn|lớp bồi dưỡng|buổi tiếp|buổi gặp mặt|gặp mặt|buổi giao lưu|chương trình giao lưu|hội đàm|cuộc hội đàm|chương trình nghệ thuật|buổi tiếp xã giao" \
	"|buổi sinh hoạt|buổi tập huấn|buổi đối thoại|hội nghị đối thoại|Đối thoại|cuộc gặp mặt|cuộc gặp|buổi gặp|phiên bế mạc" \
	"|phiên khai mạc|phiên thảo luận|phiên chất vấn|phiên trù bị|Phiên bế mạc|Phiên khai mạc|Phiên thảo luận|Phiên chất vấn" \
	"|liên hoan|Liên hoan|ngày hội|Ngày hội|cuộc thi|Cuộc thi|triển lãm|Triển lãm|Lớp tập huấn|Lớp bồi dưỡng|khóa bồi dưỡng|Khóa bồi dưỡng"
#define DM "(\\d{1,2})(?:\\s*[/\\-–]\\s*|\\.(?=\\d)|\\s+tháng\\s+)(\\d{1,2})(?:(?:\\s*[/\\-–]\\s*|\\.(?=\\d{4})|\\s+năm\\s+)(\\d{4}))?"
/* Day and month separators of the genre: "26/ 5", "14 - 3", "22 – 10", "15.6",
 * "8 tháng 11"; the year after "/", "-", "." or "năm". */
#define DSEP "(?:\\s*[/\\-–]\\s*|\\.(?=\\s?\\d)\\s?|\\s+tháng\\s+)"
#define YSEP "(?:\\s*[/\\-–]\\s*|\\.(?=\\d{4})|,?\\s+năm\\s+)"

static const struct {
	vnkg_i_rule id;
	const char *name;
	const char *pattern;
} rule_src[] = {
	{RE_DIRECTIVE, "directive",
	 "(?<![\\p{L}])(" KINDS "|" KIND_ABBRS ")(?:\\s+(?:liên tịch|liên ngành|phối hợp))?(?:\\s+số)?\\s*:?\\s*(\\d{1,5}(?:/\\d{4})?)(?![\\d\\p{L}])"
	 "(?:\\s*[-–]\\s*(" SPACED_CODE ")|\\s*/\\s*(" SPACED_CODE ")|\\s+(\\p{Lu}[\\p{L}]{0,3}\\s*/\\s*" SPACED_CODE "))?"
	 "(?:,?\\s+ngày\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\d])(?:\\s*[/.-]\\s*(\\d{4}))?)?"},
	{RE_DIRECTIVE_TW, "directive-tw",
	 "(?<![\\p{L}])(Nghị quyết|Kết luận|Chỉ thị|NQ)\\s+(?:Hội nghị\\s+)?(?:Trung ương\\s+|TW\\s*|T\\.Ư\\s*)(\\d{1,2})(?![\\d\\p{L}])"
	 "(?:\\s*,?\\s*\\(?\\s*khóa\\s+([IVXLC]+)(?:\\s*\\))?)?"},
	{RE_DIRECTIVE_HN, "directive-hn",
	 "(?<![\\p{L}])(Nghị quyết|Kết luận)\\s+Hội nghị\\s+(?:lần thứ\\s+)?(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười(?:\\s+(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín))?|\\d{1,2})"
	 "\\s+Ban Chấp hành Trung ương(?:\\s+Đảng)?(?:\\s*\\(?\\s*khóa\\s+([IVXLC]+)\\s*\\)?)?"},
	{RE_DIRECTIVE_NAMED, "directive-named",
	 "(?<![\\p{L}])(" KINDS ")\\s+((?:[\\p{L}&]+,?\\s+){1,6}?)năm\\s+(\\d{4})(?=\\s+của\\s)"},
	{RE_DIRECTIVE_CONGRESS, "directive-congress",
	 "(?<![\\p{L}])(Nghị quyết)\\s+(Đại hội\\s+(?:(?:[\\p{L}\\d]+\\s+){1,10}?lần thứ\\s+[IVXLC]+(?:\\s+của Đảng)?|[IVXLC]+\\s+của Đảng))"
	 "(?![\\p{L}])(?:,?\\s+nhiệm kỳ\\s+(\\d{4})\\s*[-–]\\s*(\\d{4}))?"},
	{RE_DIRECTIVE_SUBJ_OF, "directive-subject-of",
	 "(?<![\\p{L}])(" SUBJ_KINDS ")\\s+((?:\\p{Ll}+\\s+){0,3}\\p{Ll}+)(?:\\s+năm\\s+((?:19|20)\\d{2}))?(?=\\s+của\\s)"},
	{RE_DIRECTIVE_SUBJ_YEAR, "directive-subject-year",
	 "(?<![\\p{L}])(?:ra|ban hành|thông qua|dự thảo)\\s+(" SUBJ_KINDS ")\\s+((?:\\p{Ll}+\\s+){0,5}\\p{Ll}+)\\s+năm\\s+((?:19|20)\\d{2})(?![\\d\\p{L}])"},
	{RE_DIRECTIVE_LAW, "directive-law",
	 "(?<![\\p{L}])(Luật|Bộ luật|Pháp lệnh)\\s+(\\p{Lu}[\\p{L}]*(?:\\s+[\\p{L}]+){0,7}?)\\s+năm\\s+((?:19|20)\\d{2})(?![\\d\\p{L}])"},
	{RE_DIRECTIVE_OF, "directive-of",
	 "(?<![\\p{L}])(" KINDS ")\\s+của\\s+((?:[\\p{L}\\d&]+\\s+){1,8}?)về\\s+(?:((?:[\\p{L}\\d&,]+\\s+){1,12}?)năm\\s+(\\d{4})"
	 /* or with no year, its subject running to the end of the clause
	  * ("Chỉ thị của Thường vụ Quân ủy Trung ương về đại hội đảng bộ các
	  * cấp trong Đảng bộ Quân đội;") */
	 "|((?:[\\p{L}\\d&][\\p{L}\\d&/-]*,?\\s+){1,19}[\\p{L}\\d&][\\p{L}\\d&/-]*)(?=\\s*(?:[;.:]|$)|\\s+và\\s+(?:" KINDS ")\\s|,\\s))"},
	{RE_DATE_LEAD, "date-lead",
	 "^(?:[^,]{0,40}?\\s[-–]\\s*|[^,\\s\\d]{1,12}[-–])?(?:(?:Rạng sáng|Chiều tối|Sáng|Chiều|Tối|Trưa|Đêm|Ngày|Hôm nay|Hôm qua)(?:\\s+(?:nay|qua|hôm qua))?\\s*"
	 "(?:thứ\\s+(?:\\p{L}+|\\d)\\s*)?,?\\s*(?:\\(\\s*)?(?:ngày\\s+)?" DM
	 "|(?:Trong\\s+(?:\\d+|hai|ba)\\s+ngày|Từ\\s+ngày)\\s+(\\d{1,2})(?:\\s+đến(?:\\s+ngày)?\\s+\\d{1,2})?(?:\\s*(?:và|,|-)\\s*\\d{1,2})*\\s*[/-]\\s*(\\d{1,2})"
	 "(?:\\s*[/-]\\s*(\\d{4}))?)"},
	{RE_DATE_ANY, "date-any",
	 "(?<![\\p{L}])(?:(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay,?|hôm qua,?)\\s+(?:nay\\s+|qua\\s+)?(?:ngày\\s+)?(?:\\(\\s*)?" DM
	 "|từ ngày\\s+(\\d{1,2})\\s+đến(?:\\s+ngày)?\\s+\\d{1,2}\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?)"},
	/* every way the genre writes an event's day, anywhere in a sentence; the
	 * branch reset numbers day, month and year 1, 2, 3 in each branch:
	 * ranges first ("Trong 2 ngày 22 và 23-7", "từ ngày 5 đến ngày 8 tháng
	 * 11", "từ 9-11/4", "Trong 3 ngày (29, 30-4 và 1-5-2031)", "Trong 2
	 * ngày làm việc (26 - 27/7)", "Trong 2 ngày, 26 và 27-7": the first
	 * day, the month of the last, which the reader corrects when the list
	 * turns the month), then a day
	 * after a time of day ("Chiều tối 7.9", "Sáng nay (15/10)", "rạng sáng
	 * 8/3", "sáng thứ Hai, 5/6", "Sáng Chủ nhật, 15/12"), after "ngày",
	 * "hôm" or "Hôm nay,". A capital may
	 * follow a glued masthead, section label or clock ("Thời sựNgày 4-6",
	 * "15:05Sáng 16/4"). */
	{RE_DATE_DAY, "date-day",
	 "(?:(?<![\\p{L}\\d])|(?<=[\\p{Ll}\\d])(?=\\p{Lu}))(?|"
	 "(?:[Tt]rong\\s+(?:\\d+|hai|ba|bốn|năm)\\s+ngày(?:\\s+làm\\s+việc)?,?(?:\\s+từ)?(?:\\s+ngày)?|[Tt]ừ\\s+ngày|[Tt]ừ|[Vv]ào\\s+(?:các\\s+)?ngày|[Cc]ác\\s+ngày|[Nn]gày)(?:\\s+|\\s*\\(\\s*)"
	 "(\\d{1,2})(?:\\s*(?:và|,|[-–]|đến(?:\\s+(?:hết\\s+)?ngày)?)\\s*\\d{1,2})+" DSEP "(\\d{1,2})(?:" YSEP "((?:19|20)\\d{2}))?(?!\\d)"
	 "|(?:(?:(?:[Rr]ạng\\s+)?[Ss]áng|[Cc]hiều(?:\\s+tối)?|[Tt]rưa|[Tt]ối|[Đđ]êm)(?:\\s+(?:nay|qua|mai|hôm qua))?(?:\\s+thứ\\s+[\\p{L}\\d]+|\\s+[Cc]hủ\\s+[Nn]hật)?\\s*,?\\s*(?:\\(\\s*)?(?:ngày\\s+)?"
	 "|[Nn]gày\\s+|[Hh]ôm(?:\\s+(?:nay|qua))?\\s*,?\\s*(?:\\(\\s*)?(?:ngày\\s+)?)"
	 "(\\d{1,2})" DSEP "(\\d{1,2})(?:" YSEP "((?:19|20)\\d{2}))?(?!\\d))"},
	{RE_DATE_FULL, "date-full",
	 "(?<!\\d)(\\d{1,2})(?:\\s*[/-]\\s*|\\s+tháng\\s+)(\\d{1,2})(?:\\s*[/-]\\s*|\\s+năm\\s+)((?:19|20)\\d{2})(?!\\d)"},
	{RE_YEAR, "year",
	 "(?:\\b[Nn]ăm|\\b[Qq]uý\\s+[IV]+\\s*[/-]|\\btháng\\s+\\d{1,2}\\s*[/-])\\s*((?:19|20)\\d{2})(?![\\d-])"},
	{RE_MASTHEAD_QK, "masthead", "\\bQK\\s?(\\d{1,2})\\s+[Oo]nline\\b"},
	{RE_CONGRESS, "congress",
	 "(?<![\\p{L}])(Đại hội\\s+(?:(?:[\\p{L}\\d]+\\s+){1,10}?lần thứ\\s+([IVXLC]+)(?:\\s+của Đảng)?|([IVXLC]+)\\s+của Đảng))"
	 "(?:,?\\s+nhiệm kỳ\\s+(\\d{4})\\s*-\\s*(\\d{4}))?"},
	{RE_CUE_CHAIR, "chair",
	 "(?<![\\p{L}])(?:đồng\\s+)?chủ (?:trì|tọa)(?![\\p{L}])(?!,\\s*phối hợp)(?!\\s+các (?:cấp|cơ quan|đơn vị|sở|ngành|phòng))"
	 /* "điều hành phiên khai mạc", "điều hành kỳ họp": not "điều hành Công an" (an acting command) */
	 "|(?<![\\p{L}])(?:cùng\\s+)?điều hành(?=\\s+(?:phiên|" EVENT_NOUNS ")(?![\\p{L}]))"},
	{RE_CUE_CHAIR_BY, "chair-by",
	 "(?:[Dd]ưới|với) sự (?:đồng )?chủ trì của"
	 /* a chair inside an attendance frame: "Cùng tham dự và chủ trì buổi tọa đàm có X" */
	 "|^(?:Cùng\\s+)?(?:[Tt]ham\\s+|Đến\\s+|Tới\\s+)?[Dd]ự và (?:đồng\\s+)?chủ trì\\s+(?:[^,;.]{0,60}?\\s+)?có(?![\\p{L}])|(?:^|(?<=,\\s))(?:[Đđ]ồng |[Cc]ùng )?(?:[Cc]hủ (?:trì|tọa)(?: điều hành)?|[Đđ]iều hành) (?:(?:" EVENT_NOUNS ")\\s+)?(?:[^,;.]{0,80}?\\s+)?(?:có|là)(?![\\p{L}])"},
	{RE_CUE_ATTEND_HAS, "attend-has",
	 "(?<![\\p{L}])(?:[Cc]ùng\\s+|[Vv]ề\\s+|[Đđ]ến\\s+|[Tt]ới\\s+)?(?:[Tt]ham\\s+)?[Dd]ự\\s+(?:(?:" EVENT_NOUNS ")\\s*,?\\s+)?(?:[^,;.]{0,60}?\\s+)?có(?![\\p{L}])"
	 "|(?<![\\p{L}])(?:(?:[Cc]ùng|[Tt]ham gia)\\s+(?:tiếp|đón tiếp|tiếp đón)|Tiếp|Đón tiếp|Tiếp đón)(?: và làm việc với)? (?:các )?(?:đoàn|Đoàn)(?:\\s+[^,;.]{0,80}?)?\\s+có(?![\\p{L}])"
	 "|(?<![\\p{L}])(?:Tham gia|Thành viên) (?:đoàn|Đoàn)(?:\\s+[^,;.]{0,80}?)?\\s+có(?![\\p{L}])"
	 /* "Đại hội vinh dự đón tiếp các đồng chí: A, B" */
	 "|(?<![\\p{L}])(?:vinh dự|hân hạnh|trân trọng) đón tiếp(?:\\s+các)?(?:\\s+đồng chí)?(?![\\p{L}])"
	 /* a delegation's members: "Đoàn công tác gồm các đồng chí: A, B" */
	 "|(?<![\\p{L}])[Đđ]oàn(?:\\s+[^.;:]{0,80}?)?\\s+gồm(?:\\s+có)?\\s+(?:các\\s+)?(?:đồng chí|ông|bà)(?![\\p{L}])"
	 "|(?<![\\p{L}])[Cc]ùng đi(?:\\s+với\\s+[^,;.]{0,80}?)?\\s+có(?![\\p{L}])"
	 "|(?<![\\p{L}])[Vv]ề phía\\s+[^;.]{0,80}?,?\\s+có(?![\\p{L}])"
	 /* the genre's list frame with any verb: "Cùng tiếp xúc có", "Cùng
	  * tham gia đoàn có"; "Đến chung vui với bà con còn có" */
	 "|^Cùng\\s+(?!với\\s|điều hành|chủ trì|chủ tọa|đồng chủ)(?:\\p{Ll}+\\s+){1,4}?có(?![\\p{L}])"
	 "|^(?:Đến|Tới|Về)\\s+(?:[^;.]{0,60}?\\s+)?còn có(?![\\p{L}])"},
	{RE_CUE_ATTEND, "attend",
	 "(?<![\\p{L}])(?:tham\\s+)?dự(?![\\p{L}])(?=\\s+(?:và\\s+chỉ đạo|và\\s+phát biểu|" EVENT_NOUNS ")|,\\s*chủ trì"
	 /* "<list> (cùng) dự.", "... dự, cắt băng ...", "dự và kiểm tra ..." */
	 "|\\s*[.;…]|\\s*$|,\\s+\\p{Ll}|\\s+và\\s+\\p{Ll})"
	 /* "X có mặt tại buổi lễ" (P06) */
	 "|(?<![\\p{L}])có mặt(?=\\s+(?:tại|ở)\\s+(?:" EVENT_NOUNS ")(?![\\p{L}]))"},
	{RE_CUE_ATTEND_BY, "attend-by",
	 "(?<![\\p{L}])(?:có|với) sự (?:tham dự|có mặt|hiện diện)( và (?:phát biểu|chỉ đạo)(?: chỉ đạo)?)? của(?![\\p{L}])"},
	{RE_CUE_SPEAK, "speak",
	 "(?<![\\p{L}])(?:phát biểu|trình bày|báo cáo|quán triệt|truyền đạt|thông qua|nhấn mạnh|khẳng định|yêu cầu|đề nghị|biểu dương|ghi nhận|nêu rõ|giới thiệu|khái quát|giảng(?=\\s+(?:bài|chuyên đề|về|cho|nội dung))|lên lớp|thông báo|đọc|phổ biến|cho biết|bày tỏ|cảm ơn|cám ơn|(?<!hoa )(?<!thư )(?<!điện )(?<!quà )(?<!thăm, )(?<!thăm và )(?<!thăm hỏi, )chúc mừng|chỉ rõ|lưu ý|đánh giá cao|thông tin(?=\\s+(?:nhanh|về|tóm tắt|kết quả|tình hình|thêm))|tóm tắt(?=\\s+(?:kết quả|báo cáo|tình hình|nội dung))|khai mạc(?=\\s+(?:" EVENT_NOUNS "))"
	 /* reading out at a handover: "X công bố Quyết định ..." */
	 "|công bố(?=\\s+(?:các\\s+)?(?:[Qq]uyết định|[Nn]ghị quyết|[Cc]hỉ thị|[Kk]ết luận|[Tt]hông báo|kết quả)))(?![\\p{L}])|trình bày(?=\\p{L})"},
	{RE_CUE_FRONT, "front",
	 "^(?:Phát biểu|Trong bài phát biểu|Trong phát biểu|Đáp từ|Kết luận|Báo cáo|Trình bày|Phát biểu ý kiến|Kết thúc|Bế mạc|Khai mạc|Thay mặt|Đọc diễn văn|Chỉ đạo|Giới thiệu|Quán triệt|Dự và phát biểu|Tiếp(?:\\s+xã giao|\\s+thân mật|\\s+và làm việc với)?(?=\\s+(?:ngài|ông|bà|đoàn|\\p{Lu}\\p{L}*)\\s))(?:\\s+[^,]{0,60})?,"
	 /* stacked: "Thay mặt lãnh đạo tỉnh, phát biểu tại buổi lễ, X ..." */
	 "(?:\\s*(?:phát biểu|kết luận|chỉ đạo)(?:\\s+[^,]{0,60})?,)?"},
	{RE_CUE_SPEECH_OF, "speech-of",
	 "(?<![\\p{L}])(?:tham luận (?:trình bày )?của"
	 /* a speech printed under its speaker: "Phát biểu của Chủ tịch nước X tại ..." */
	 "|(?:[Bb]ài |[Tt]oàn văn )?(?:[Pp]hát biểu|[Dd]iễn văn|[Bb]ài nói)(?: chỉ đạo| khai mạc| bế mạc| kết luận)? của)(?![\\p{L}])"},
	{RE_CUE_DIRECT, "direct",
	 "(?<![\\p{L}])(?:dự và chỉ đạo|phát biểu chỉ đạo|Phát biểu chỉ đạo"
	 /* "X chỉ đạo hội nghị" (not "Ban Chỉ đạo", not "chỉ đạo các đơn vị") */
	 "|chỉ đạo(?=\\s+(?:" EVENT_NOUNS ")(?![\\p{L}])))(?![\\p{L}])"},
	/* announcing or reading out a document at the event spreads it: "lễ
	 * công bố (và trao) Quyết định số ...", "X đọc Quyết định số ..." */
	{RE_CUE_DISSEM, "dissem",
	 "(?<![\\p{L}])(?:[Qq]uán triệt|truyền đạt|(?:[Cc]ông bố|[Đđ]ọc|[Tt]hông báo)(?=(?:\\s+(?:và|,)\\s*trao)?\\s+"
	 "(?:toàn văn\\s+|các\\s+)?(?:Quyết định|quyết định số|Nghị quyết|Chỉ thị|Quy định|Kết luận|Nghị định|Thông tư|"
	 "Kế hoạch|Lệnh|Luật)(?![\\p{L}])))(?![\\p{L}])"},
	{RE_CUE_PART_OF, "part-of", "(?<![\\p{L}])trực thuộc(?![\\p{L}])"},
	{RE_PLACE_LOC, "place-loc",
	 "(?:(?<![\\p{L}])ở|,)\\s+(thành phố|TP\\.?|tỉnh|huyện|thị xã|quận)\\s+((?:\\p{Lu}[\\p{L}]*)(?:\\s+\\p{Lu}[\\p{L}]*){0,3})"},
	{RE_CUE_IMPL, "impl", "(?<![\\p{L}])[Tt]riển khai(?:\\s+thực hiện)?(?![\\p{L}])"},
	{RE_CUE_ORGANIZE, "organize",
	 "(?<![\\p{L}])(?:đã\\s+)?(?:tổ chức|khai mạc)\\s+(?:thành công\\s+|trọng thể\\s+|long trọng\\s+)?(?=(?:" EVENT_NOUNS ")(?![\\p{L}]))"},
	{RE_CUE_WORK, "work",
	 "(?<![\\p{L}])(?:đã\\s+)?(?:có\\s+)?(?:buổi\\s+)?làm việc (?:với|tại)(?![\\p{L}])"
	 /* "làm việc với lãnh đạo Sở ...": the body behind its leaders */
	 "(?:\\s+(?:lãnh đạo|đại diện lãnh đạo|đại diện|lãnh đạo chủ chốt)(?=\\s+\\p{Lu}))?"},
	{RE_CUE_AWARD, "award", "(?<![\\p{L}])(?:trao(?!\\s+đổi)|gắn(?=\\s+Huân chương|\\s+Huy chương))(?![\\p{L}])"},
	{RE_CUE_GIFT, "gift", "(?<![\\p{L}])(?:tặng|cho|lên (?:lá )?cờ (?:truyền thống )?của)(?![\\p{L}])"},
	{RE_CUE_TOWARD, "toward", "(?<![\\p{L}])(?:tiến tới|hướng tới)(?![\\p{L}])"},
	{RE_CUE_ISSUE, "issue", "(?<![\\p{L}])(?:ban hành|ra(?=\\s+" SUBJ_KINDS "\\s))(?![\\p{L}])"},
	{RE_EVENT_NOUN, "event-noun", "(?<![\\p{L}])(?:" EVENT_NOUNS ")(?![\\p{L}])"},
};

static vnkg_i_rules rules;
static int rules_ready;

int vnkg_i_rules_init(void)
{
	size_t i;

	if (rules_ready)
		return 0;
	for (i = 0; i < sizeof(rule_src) / sizeof(rule_src[0]); i++) {
		int errcode;
		PCRE2_SIZE erroff;
		pcre2_code *re = pcre2_compile((PCRE2_SPTR)rule_src[i].pattern, PCRE2_ZERO_TERMINATED,
					       PCRE2_UTF | PCRE2_UCP, &errcode, &erroff, NULL);
		if (!re) {
			PCRE2_UCHAR msg[256];
			pcre2_get_error_message(errcode, msg, sizeof(msg));
			vnkg_error_set("internal error: rule '%s' does not compile at offset %zu: %s", rule_src[i].name,
				       (size_t)erroff, (const char *)msg);
			vnkg_i_rules_free();
			return VNKG_ERROR;
		}
		/* JIT is an optimisation: a platform without it still matches. */
		(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
		rules.re[rule_src[i].id] = re;
	}
	rules_ready = 1;
	return 0;
}

const vnkg_i_rules *vnkg_i_rules_get(void)
{
	return rules_ready ? &rules : NULL;
}

void vnkg_i_rules_free(void)
{
	size_t i;

	for (i = 0; i < RE__COUNT; i++) {
		pcre2_code_free(rules.re[i]);
		rules.re[i] = NULL;
	}
	rules_ready = 0;
}

int vnkg_i_rule_find(vnkg_i_rule r, pcre2_match_data *md, const char *s, size_t len, size_t from,
		     PCRE2_SIZE **ov)
{
	int rc;

	if (!rules_ready || from > len)
		return 0;
	rc = pcre2_match(rules.re[r], (PCRE2_SPTR)s, len, from, 0, md, NULL);
	if (rc <= 0)
		return 0;
	*ov = pcre2_get_ovector_pointer(md);
	return 1;
}

int vnkg_i_group(const PCRE2_SIZE *ov, int g, size_t *start, size_t *end)
{
	if (ov[2 * g] == PCRE2_UNSET)
		return 0;
	*start = ov[2 * g];
	*end = ov[2 * g + 1];
	return 1;
}
