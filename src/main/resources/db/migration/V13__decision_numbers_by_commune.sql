-- The register numbers per issuing body, the commune (its code), no longer per printed name: two
-- communes both called "Xã Tân Tiến" each have their own 01, 02, … The counters are rebuilt from the
-- numbers already given, so each commune goes on from its own last number and no number is given twice.
alter table decision_counter rename to decision_counter_by_issuer;

create table decision_counter (
    commune_code varchar(5) not null references commune (code),
    symbol varchar(40) not null,
    register_year int not null,
    last_number int not null,
    primary key (commune_code, symbol, register_year)
);

insert into decision_counter (commune_code, symbol, register_year, last_number)
select commune_code, symbol, register_year, max(register_number)
from decision
where register_number is not null
group by commune_code, symbol, register_year;

drop table decision_counter_by_issuer;

-- The register's promise, now per commune: one number per commune, symbol and year.
drop index decision_number;
create unique index decision_number on decision (commune_code, symbol, register_year, register_number);
