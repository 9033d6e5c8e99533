package vn.vanban.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.vanban.roster.reference.Commune;
import vn.vanban.roster.reference.CommuneRepository;
import vn.vanban.roster.reference.ProvinceRepository;
import vn.vanban.roster.reference.UnknownProvinceException;

@RestController
@RequestMapping(value = "/api/v1/provinces", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Đơn vị hành chính", description = "34 tỉnh, thành phố và 3.321 xã, phường, đặc khu (2025, cập nhật 2026)")
class ProvinceController {

    private final ProvinceRepository provinces;
    private final CommuneRepository communes;

    ProvinceController(ProvinceRepository provinces, CommuneRepository communes) {
        this.provinces = provinces;
        this.communes = communes;
    }

    record ProvinceSummary(String code, String name, String type, long communes) {
    }

    @GetMapping
    @Operation(summary = "Các tỉnh, thành phố", description = "Mã (2 chữ số), tên, loại và số đơn vị cấp xã, theo thứ tự mã.")
    List<ProvinceSummary> list() {
        Map<String, Long> counts = communes.countByProvince().stream()
                .collect(Collectors.toMap(CommuneRepository.CommuneCount::provinceCode, CommuneRepository.CommuneCount::communes));
        return provinces.findAllByOrderByCode().stream()
                .map(p -> new ProvinceSummary(p.code(), p.name(), p.type(), counts.getOrDefault(p.code(), 0L)))
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
}
