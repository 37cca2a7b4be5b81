//! Pagers: every page of a paged call ([`Paged`]), as a `Stream` on
//! [`Client`](crate::Client) and an `Iterator` on
//! [`BlockingClient`](crate::BlockingClient). Each page is one call, with the
//! client's validation, retries and rate limit; the first error ends the
//! paging after it is yielded.

use tim_protocol::Paged;

#[cfg(feature = "async")]
impl<T: tim_transport::Transport> crate::Client<T> {
    /// Every page of `first` and the requests after it, as a stream.
    ///
    /// ```no_run
    /// use futures_util::StreamExt;
    /// use tim_protocol::recentcontact::GetListRequest;
    ///
    /// # async fn demo(client: tim_api::Client) -> Result<(), tim_api::Error> {
    /// let mut pages = std::pin::pin!(client.pages(GetListRequest::first_page("user_0001")));
    /// while let Some(page) = pages.next().await {
    ///     for session in page?.sessions {
    ///         println!("{session:?}");
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages<R>(&self, first: R) -> impl futures_util::Stream<Item = Result<R::Response, crate::Error>> + '_
    where
        R: Paged + Send + Sync + 'static,
    {
        futures_util::stream::unfold(Some(first), move |next| async move {
            let request = next?;
            match self.send(&request).await {
                Ok(reply) => {
                    let following = request.next_request(&reply);
                    Some((Ok(reply), following))
                }
                Err(error) => Some((Err(error), None)),
            }
        })
    }
}

#[cfg(feature = "blocking")]
impl<T: tim_transport::BlockingTransport> crate::BlockingClient<T> {
    /// Every page of `first` and the requests after it, as an iterator.
    ///
    /// ```no_run
    /// use tim_protocol::recentcontact::GetContactGroupRequest;
    ///
    /// # fn demo(client: tim_api::BlockingClient) -> Result<(), tim_api::Error> {
    /// for page in client.pages(GetContactGroupRequest::new("user_0001", 0)) {
    ///     for contact in page?.contacts {
    ///         println!("{} in {:?}", contact.conversation, contact.contact_group_ids);
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub fn pages<R: Paged + 'static>(&self, first: R) -> impl Iterator<Item = Result<R::Response, crate::Error>> + '_ {
        let mut next = Some(first);
        std::iter::from_fn(move || {
            let request = next.take()?;
            let reply = self.send(&request);
            if let Ok(reply) = &reply {
                next = request.next_request(reply);
            }
            Some(reply)
        })
    }
}
