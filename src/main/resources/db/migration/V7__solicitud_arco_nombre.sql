-- The name the requester gives on the portal's ARCO form (shown to the data-protection staff).
alter table solicitud_arco add column nombre varchar(200);
