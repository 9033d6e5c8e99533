package vn.vanban.security;

import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;

/**
 * The scope rules, for services to call before they read or change a commune's or a province's data:
 *
 * <pre>
 * caller                       commune X read   commune X write   register in X   province P read   province P write
 * admin, the service itself    yes              yes               yes             yes               yes
 * commune account of X         yes              if write          if registrar    no                no
 * province account of P        if X is in P     no                no              yes               if write
 * key commune:X                yes              if write          no              no                no
 * key province:P               if X is in P     no                no              yes               if write
 * key render, anonymous        no               no                no              no                no
 * </pre>
 *
 * The {@code require…} methods throw {@link ScopeDeniedException} (403); the {@code canSee…} methods let a
 * service answer 404 for an id outside the scope, exactly as for an unknown one.
 */
@Component
public class AccessPolicy {

    private final CallerContext callers;
    private final CommuneRepository communes;

    public AccessPolicy(CallerContext callers, CommuneRepository communes) {
        this.callers = callers;
        this.communes = communes;
    }

    public Caller caller() {
        return callers.current();
    }

    public boolean canSeeCommune(String communeCode) {
        Caller c = callers.current();
        if (c.unrestricted()) {
            return true;
        }
        if (c.role() == Role.COMMUNE) {
            return c.communes().contains(communeCode);
        }
        return c.role() == Role.PROVINCE && c.province() != null && c.province().equals(provinceOf(communeCode));
    }

    public boolean canSeeProvince(String provinceCode) {
        Caller c = callers.current();
        return c.unrestricted() || c.role() == Role.PROVINCE && Objects.equals(c.province(), provinceCode);
    }

    public void requireCommuneRead(String communeCode) {
        if (!canSeeCommune(communeCode)) {
            throw denied("đọc dữ liệu của xã " + communeCode);
        }
    }

    public boolean canWriteCommune(String communeCode) {
        Caller c = callers.current();
        return c.unrestricted() || c.role() == Role.COMMUNE && c.write() && c.communes().contains(communeCode);
    }

    public void requireCommuneWrite(String communeCode) {
        if (!canWriteCommune(communeCode)) {
            throw denied("sửa dữ liệu của xã " + communeCode);
        }
    }

    /** Registering a decision is the records clerk's act: a commune account with the registrar flag. */
    public boolean canRegister(String communeCode) {
        Caller c = callers.current();
        return c.unrestricted() || c.kind() == Caller.Kind.USER && c.role() == Role.COMMUNE && c.registrar()
                && c.communes().contains(communeCode);
    }

    public void requireRegistrar(String communeCode) {
        if (!canRegister(communeCode)) {
            throw denied("vào sổ quyết định của xã " + communeCode + " (cần quyền văn thư)");
        }
    }

    public void requireProvinceRead(String provinceCode) {
        if (!canSeeProvince(provinceCode)) {
            throw denied("đọc dữ liệu của tỉnh " + provinceCode);
        }
    }

    public void requireProvinceWrite(String provinceCode) {
        Caller c = callers.current();
        if (!(c.unrestricted() || c.role() == Role.PROVINCE && c.write() && Objects.equals(c.province(), provinceCode))) {
            throw denied("lập văn bản cấp tỉnh cho tỉnh " + provinceCode);
        }
    }

    public void requireAdmin() {
        if (!callers.current().unrestricted()) {
            throw denied("quản trị tài khoản");
        }
    }

    private String provinceOf(String communeCode) {
        return communeCode == null ? null : communes.findById(communeCode).map(Commune::provinceCode).orElse(null);
    }

    private ScopeDeniedException denied(String what) {
        Caller c = callers.current();
        return new ScopeDeniedException((c.kind() == Caller.Kind.KEY ? "Khóa " : "Tài khoản ") + c.name()
                + " không có quyền " + what);
    }
}
