package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.RequestParam;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import vn.vanban.render.OutputFormat;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import vn.vanban.province.ProvinceFigures;
import vn.vanban.province.ProvinceMemberLists;
import vn.vanban.province.SummaryLetters;
import vn.vanban.province.ProvinceSummary;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.ProvinceRepository;
import vn.vanban.reference.UnknownProvinceException;

@RestController
@RequestMapping(value = "/api/v1/provinces", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Đơn vị hành chính", description = "34 tỉnh, thành phố và 3.321 xã, phường, đặc khu (2025, cập nhật 2026)")
class ProvinceController {

    private final ProvinceRepository provinces;
    private final CommuneRepository communes;
    private final ProvinceFigures figures;
    private final SummaryLetters letters;
    private final ProvinceMemberLists memberLists;
    private final RequestBodies bodies;
    private final Clock clock;

    ProvinceController(ProvinceRepository provinces, CommuneRepository communes, ProvinceFigures figures,
                       SummaryLetters letters, ProvinceMemberLists memberLists, RequestBodies bodies, Clock clock) {
        this.memberLists = memberLists;
        this.provinces = provinces;
        this.communes = communes;
        this.figures = figures;
        this.letters = letters;
        this.bodies = bodies;
        this.clock = clock;
    }

    record ProvinceListItem(String code, String name, String type, long communes) {
    }

    @GetMapping
    @Operation(summary = "Các tỉnh, thành phố", description = "Mã (2 chữ số), tên, loại và số đơn vị cấp xã, theo thứ tự mã.")
    List<ProvinceListItem> list() {
        Map<String, Long> counts = communes.countByProvince().stream()
                .collect(Collectors.toMap(CommuneRepository.CommuneCount::provinceCode, CommuneRepository.CommuneCount::communes));
        return provinces.findAllByOrderByCode().stream()
                .map(p -> new ProvinceListItem(p.code(), p.name(), p.type(), counts.getOrDefault(p.code(), 0L)))
                .toList();
    }

    @GetMapping("/{code}/communes")
    @Operation(summary = "Các xã, phường, đặc khu của một tỉnh", description = "Mã (5 chữ số), tên, tên đầy đủ, loại, theo thứ tự mã.")
    @ApiResponse(responseCode = "200", description = "Danh sách đơn vị cấp xã")
    @ApiResponse(responseCode = "404", description = "Không có tỉnh mã này", content = @Content(mediaType = "application/problem+json"))
    List<Commune> communes(@PathVariable String code) {
        if (!provinces.existsById(code)) {
            throw new UnknownProvinceException(code);
        }
        return communes.findByProvinceCodeOrderByCode(code);
    }

    @GetMapping("/{code}/summary")
    @Operation(summary = "Số liệu của tỉnh tính đến một ngày",
            description = "Số xã, phường, đặc khu; số đã có Quyết định thành lập Tổ cấp xã đã vào sổ đến ngày asOf (và số có bất kỳ "
                    + "quyết định thành lập nào); số xã đã có danh sách; số tổ, số tổ đã có quyết định, số thành viên, số thôn chưa có "
                    + "tổ; danh sách các xã chưa có quyết định. Danh sách tổ không lưu lịch sử nên tổ, thành viên, thôn tính theo "
                    + "hiện trạng; ngày asOf áp dụng cho sổ quyết định.")
    @ApiResponse(responseCode = "200", description = "Số liệu")
    @ApiResponse(responseCode = "404", description = "Không có tỉnh mã này", content = @Content(mediaType = "application/problem+json"))
    ProvinceSummary summary(@PathVariable String code,
                            @Parameter(description = "Ngày tính số liệu, YYYY-MM-DD; mặc định hôm nay")
                            @RequestParam(required = false) LocalDate asOf) {
        return figures.summary(code, asOf == null ? LocalDate.now(clock) : asOf);
    }

    @PostMapping(value = "/{code}/summary-letter/{format:pdf|docx}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_PDF_VALUE,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/problem+json"})
    @Operation(summary = "Công văn tổng hợp, đôn đốc của Sở (như mẫu của Quảng Ngãi)",
            description = "Gửi phần cố định của công văn (issuer, symbol, place, subject, addressees, intro, request, deadline, "
                    + "closing, recipients, archive, signer, asOf — xem ví dụ của mẫu summary-letter, bỏ figures và pending). Số liệu "
                    + "(\"Tính đến ngày …, mới có 21/96 xã …\") và phụ lục các xã chưa có quyết định do hệ thống tính từ sổ "
                    + "quyết định đến ngày asOf (mặc định hôm nay).")
    @ApiResponse(responseCode = "200", description = "Tệp công văn")
    @ApiResponse(responseCode = "400", description = "Dữ liệu sai (kể cả khi gửi figures hay pending)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Không có tỉnh mã này", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> summaryLetter(@PathVariable String code, @PathVariable String format, HttpServletRequest request) {
        OutputFormat output = OutputFormat.fromExtension(format).orElseThrow();
        return Downloads.of(letters.render(code, bodies.tree(request), output));
    }

    @GetMapping(value = "/{code}/member-list.{format:pdf|docx|xlsx}", produces = {MediaType.APPLICATION_PDF_VALUE,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json"})
    @Operation(summary = "Danh sách thành viên tổng hợp của tỉnh (PDF, DOCX hoặc XLSX)",
            description = "Mọi xã, phường, đặc khu đã có danh sách tổ, theo mã: mỗi tổ với quyết định thành lập, thành viên xếp theo "
                    + "tên; dòng Cộng dưới mỗi xã và dòng TỔNG. layout=2025 (mặc định, tám cột) hoặc 2022 (sáu cột); mask=true che "
                    + "ba số cuối điện thoại. Tệp được ghi dần ra phản hồi, không giữ cả danh sách trong bộ nhớ.")
    @ApiResponse(responseCode = "200", description = "Tệp danh sách")
    @ApiResponse(responseCode = "404", description = "Không có tỉnh mã này", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Chưa xã nào của tỉnh có danh sách tổ",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<StreamingResponseBody> memberList(@PathVariable String code, @PathVariable String format,
                                                     @Parameter(description = "2022 hoặc 2025") @RequestParam(defaultValue = "2025") String layout,
                                                     @Parameter(description = "che số điện thoại") @RequestParam(defaultValue = "false") boolean mask) {
        OutputFormat listFormat = OutputFormat.fromExtension(format).orElseThrow();
        ProvinceMemberLists.Prepared list = memberLists.prepare(code, MemberListController.form(layout), mask, listFormat);
        StreamingResponseBody body = out -> memberLists.write(list, out);
        return Downloads.attachment(listFormat.mediaType(), list.fileName()).body(body);
    }
}
