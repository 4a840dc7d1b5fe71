-- HTTP sessions in the database (Spring Session JDBC), so every node of a cluster accepts a session
-- created by another: staff logged in to /gestion, Tasklist or Cockpit through node A keep working
-- when the proxy sends the next request to node B. The layout is Spring Session's own
-- (org/springframework/session/jdbc/schema-*.sql), written once in portable SQL (H2 2.x, PostgreSQL).
create table spring_session (
  primary_id char(36) not null,
  session_id char(36) not null,
  creation_time bigint not null,
  last_access_time bigint not null,
  max_inactive_interval int not null,
  expiry_time bigint not null,
  principal_name varchar(100),
  constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
  session_primary_id char(36) not null,
  attribute_name varchar(200) not null,
  attribute_bytes bytea not null,
  constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint spring_session_attributes_fk foreign key (session_primary_id)
    references spring_session (primary_id) on delete cascade
);
