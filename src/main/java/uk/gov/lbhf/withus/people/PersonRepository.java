package uk.gov.lbhf.withus.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsernameIgnoreCase(String username);

    Optional<Person> findByEmail(String email);

    /** The team's account search: a part of the name, username or email, in name order. */
    @org.springframework.data.jpa.repository.Query("""
            select p from Person p
            where lower(p.displayName) like :part escape '\\' or lower(p.username) like :part escape '\\'
               or p.email like :part escape '\\'

            order by lower(p.displayName), p.id""")
    java.util.List<Person> search(String part, org.springframework.data.domain.Pageable page);
}
