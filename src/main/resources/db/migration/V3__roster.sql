-- One roster per commune, stored as one aggregate: the root row carries the profile and the version
-- (the ETag); the child tables are rewritten as a whole on every save. Keys (village, team, membership)
-- are the commune's own stable identifiers, since rows are replaced.
create table roster (
    commune_code varchar(5) primary key references commune (code),
    version bigint not null,
    issuer_name varchar(200),
    issuer_kind varchar(20) not null,
    place varchar(100),
    symbol varchar(40) not null,
    chair varchar(100),
    proposed_by varchar(400),
    executors varchar(1000),
    archive varchar(200),
    updated_at timestamp with time zone
);

create table profile_deputy (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    text varchar(100) not null,
    primary key (commune_code, idx)
);

create table legal_basis (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    text varchar(1000) not null,
    primary key (commune_code, idx)
);

create table recipient (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    text varchar(400) not null,
    primary key (commune_code, idx)
);

create table village (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    ref varchar(60) not null,
    kind varchar(40) not null,
    name varchar(100) not null,
    active boolean not null,
    primary key (commune_code, idx),
    unique (commune_code, ref)
);

create table team (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    ref varchar(60) not null,
    level varchar(20) not null,
    name varchar(300) not null,
    short_name varchar(200),
    village_key varchar(60),
    status varchar(20) not null,
    zalo_group varchar(300),
    note varchar(1000),
    decision_id bigint,
    primary key (commune_code, idx),
    unique (commune_code, ref)
);

-- A membership row is keyed by the team's place in the roster (idx, the name Spring Data JDBC gives the
-- team's list index) and its own place in the team (member_idx).
create table membership (
    commune_code varchar(5) not null references roster (commune_code),
    idx int not null,
    member_idx int not null,
    ref varchar(60) not null,
    role varchar(20) not null,
    invited boolean not null,
    group_entry boolean not null,
    position_text varchar(400),
    organisation varchar(200),
    full_name varchar(100),
    gender varchar(10),
    phone varchar(40),
    phone_e164 varchar(20),
    phone_masked boolean,
    zalo boolean,
    note varchar(1000),
    primary key (commune_code, idx, member_idx)
);
