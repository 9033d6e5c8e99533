-- Provinces and communes of the two-level map (2025, updated 2026). Codes are the key and keep their
-- leading zeros; names and unit types may change over time, so they are plain columns.
create table province (
    code varchar(2) primary key,
    name varchar(100) not null,
    type varchar(20) not null
);

create table commune (
    code varchar(5) primary key,
    province_code varchar(2) not null references province (code),
    name varchar(100) not null,
    full_name varchar(120) not null,
    type varchar(20) not null
);

create index commune_by_province on commune (province_code);
